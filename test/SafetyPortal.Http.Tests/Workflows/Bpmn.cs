namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>Small BPMN models for the HTTP tests, built from a process body.</summary>
public static class Bpmn
{
    public static string Process(string key, string body, string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     id="Defs_{key}" targetNamespace="https://safetyportal/tests">
          {extra}
          <process id="{key}" name="{key}" isExecutable="true">
            {body}
          </process>
        </definitions>
        """;

    /// <summary>start → user task (TownInspector) → end.</summary>
    public static string OneTask(string key, string taskName = "Check") => Process(key, $"""
        <startEvent id="Start" />
        <sequenceFlow id="F1" sourceRef="Start" targetRef="Task" />
        <userTask id="Task" name="{taskName}" camunda:candidateGroups="TownInspector" />
        <sequenceFlow id="F2" sourceRef="Task" targetRef="End" />
        <endEvent id="End" />
        """);
}

namespace SafetyPortal.Workflows.Tests.Support;

internal static class Bpmn
{
    public static string Process(string key, string body, string extra = "") => $"""
        <?xml version="1.0" encoding="UTF-8"?>
        <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" xmlns:camunda="http://camunda.org/schema/1.0/bpmn"
                     id="Defs_{key}" targetNamespace="https://safetyportal/tests">
          {extra}
          <process id="{key}" isExecutable="true">
            {body}
          </process>
        </definitions>
        """;

    public static string Flow(string id, string from, string to, string? condition = null) =>
        condition is null
            ? $"""<sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}" />"""
            : $"""<sequenceFlow id="{id}" sourceRef="{from}" targetRef="{to}"><conditionExpression>{System.Security.SecurityElement.Escape(condition)}</conditionExpression></sequenceFlow>""";

    public static string UserTask(string id) => $"""<userTask id="{id}" camunda:candidateGroups="TownInspector" />""";
}

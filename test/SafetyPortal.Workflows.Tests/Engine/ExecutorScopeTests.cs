using SafetyPortal.Workflows.Tests.Support;
using static SafetyPortal.Workflows.Tests.Support.Bpmn;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>Sub-processes, boundary events, errors, timers and multi-instance.</summary>
public sealed class ExecutorScopeTests
{
    private static readonly string[] Inspectors = ["li", "wang", "zhao"];

    private const string TimerOnTask = """
        <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Work" />
        <userTask id="Work" camunda:candidateGroups="TownInspector" />
        <sequenceFlow id="f2" sourceRef="Work" targetRef="Done" /><userTask id="Done" camunda:candidateGroups="TownInspector" />
        <boundaryEvent id="Late" attachedToRef="Work" cancelActivity="{0}"><timerEventDefinition><timeDuration>P7D</timeDuration></timerEventDefinition></boundaryEvent>
        <sequenceFlow id="f3" sourceRef="Late" targetRef="Escalate" /><userTask id="Escalate" camunda:candidateGroups="TownAdmin" />
        """;

    [Fact]
    public void Interrupting_boundary_timer_cancels_the_task_and_takes_its_path()
    {
        var run = new Harness(TimerOnTask.Replace("{0}", "true", StringComparison.Ordinal)).Start();
        var timer = Assert.Single(run.Timers);
        Assert.Equal(run.Now.AddDays(7), timer.Plan.DueUtc);
        run.FireTimer("Late");
        Assert.Equal(["Escalate"], run.TaskIds);
    }

    [Fact]
    public void Non_interrupting_boundary_timer_keeps_the_task_and_adds_a_branch()
    {
        var run = new Harness(TimerOnTask.Replace("{0}", "false", StringComparison.Ordinal)).Start();
        run.FireTimer("Late");
        Assert.Equal(["Escalate", "Work"], run.TaskIds);
        run.Complete("Work");
        Assert.Equal(["Done", "Escalate"], run.TaskIds);
        Assert.Empty(run.Timers);
    }

    [Fact]
    public void Cycle_timer_on_a_non_interrupting_boundary_fires_its_count()
    {
        var run = new Harness(TimerOnTask.Replace("{0}", "false", StringComparison.Ordinal).Replace(
            "<timeDuration>P7D</timeDuration>", "<timeCycle>R3/PT10H</timeCycle>", StringComparison.Ordinal)).Start();
        run.FireTimer("Late").FireTimer("Late").FireTimer("Late");
        Assert.Empty(run.Timers);
        Assert.Equal(3, run.Tasks.Count(t => t.ElementId == "Escalate"));
    }

    [Fact]
    public void Intermediate_timer_with_an_expression_waits_the_computed_duration()
    {
        var run = new Harness($$"""
            <startEvent id="S" />{{Flow("f1", "S", "Wait")}}
            <intermediateCatchEvent id="Wait"><timerEventDefinition><timeDuration>${level == 'Major' ? 'P30D' : 'P7D'}</timeDuration></timerEventDefinition></intermediateCatchEvent>
            {{Flow("f2", "Wait", "T")}}{{UserTask("T")}}
            """).Start(new { level = "Major" });
        Assert.Equal(run.Now.AddDays(30), Assert.Single(run.Timers).Plan.DueUtc);
        run.FireTimer("Wait");
        Assert.Equal(["T"], run.TaskIds);
    }

    [Fact]
    public void Error_end_event_in_a_sub_process_is_caught_by_its_error_boundary()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Sub")}
            <subProcess id="Sub">
              <startEvent id="SS" />{Flow("s1", "SS", "Inner")}{UserTask("Inner")}{Flow("s2", "Inner", "Boom")}
              <endEvent id="Boom"><errorEventDefinition errorRef="Err" /></endEvent>
            </subProcess>
            {Flow("f2", "Sub", "Normal")}{UserTask("Normal")}
            <boundaryEvent id="Caught" attachedToRef="Sub"><errorEventDefinition errorRef="Err" /></boundaryEvent>
            {Flow("f3", "Caught", "Handle")}{UserTask("Handle")}
            """, """<error id="Err" errorCode="REJECTED" />""").Start();
        Assert.Equal(["Inner"], run.TaskIds);
        run.Complete("Inner");
        Assert.Equal(["Handle"], run.TaskIds);
    }

    [Fact]
    public void Sub_process_completes_when_its_last_token_ends()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Sub")}
            <subProcess id="Sub"><startEvent id="SS" />{Flow("s1", "SS", "Inner")}{UserTask("Inner")}{Flow("s2", "Inner", "SE")}<endEvent id="SE" /></subProcess>
            {Flow("f2", "Sub", "After")}{UserTask("After")}
            """).Start();
        run.Complete("Inner");
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void Business_error_of_a_service_task_is_caught_by_its_boundary()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Call")}<serviceTask id="Call" camunda:class="notify" />
            {Flow("f2", "Call", "Ok")}{UserTask("Ok")}
            <boundaryEvent id="Failed" attachedToRef="Call"><errorEventDefinition /></boundaryEvent>
            {Flow("f3", "Failed", "Fix")}{UserTask("Fix")}
            """).Start();
        run.FailJob("Call", "NO_PHONE");
        Assert.Equal(["Fix"], run.TaskIds);
    }

    [Fact]
    public void Parallel_multi_instance_task_creates_one_task_per_item_and_goes_on_after_all()
    {
        var run = new Harness($$"""
            <startEvent id="S" />{{Flow("f1", "S", "Check")}}
            <userTask id="Check" camunda:assignee="${inspector}">
              <multiInstanceLoopCharacteristics camunda:collection="inspectors" camunda:elementVariable="inspector" />
            </userTask>
            {{Flow("f2", "Check", "After")}}{{UserTask("After")}}
            """).Start(new { inspectors = Inspectors });
        Assert.Equal(["li", "wang", "zhao"], run.Tasks.Select(t => t.Assignee));
        run.Complete("Check").Complete("Check");
        Assert.Single(run.Tasks);
        run.Complete("Check");
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void Sequential_multi_instance_runs_one_instance_after_another()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Sign")}
            <userTask id="Sign" camunda:candidateGroups="TownInspector"><multiInstanceLoopCharacteristics isSequential="true"><loopCardinality>2</loopCardinality></multiInstanceLoopCharacteristics></userTask>
            {Flow("f2", "Sign", "After")}{UserTask("After")}
            """).Start();
        Assert.Equal(["Sign"], run.TaskIds);
        run.Complete("Sign");
        Assert.Equal(["Sign"], run.TaskIds);
        run.Complete("Sign");
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void Message_boundary_interrupts_the_task()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Work")}{UserTask("Work")}
            <boundaryEvent id="Withdrawn" attachedToRef="Work"><messageEventDefinition messageRef="M" /></boundaryEvent>
            {Flow("f3", "Withdrawn", "Closed")}<endEvent id="Closed" />
            """, """<message id="M" name="withdrawn" />""").Start();
        run.Deliver("withdrawn");
        Assert.True(run.State.Ended);
        Assert.Empty(run.Tasks);
    }
}

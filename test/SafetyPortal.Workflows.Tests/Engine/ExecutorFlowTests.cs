using SafetyPortal.Workflows.Tests.Support;
using static SafetyPortal.Workflows.Tests.Support.Bpmn;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>Tokens move through events, tasks and gateways to the next wait states.</summary>
public sealed class ExecutorFlowTests
{
    [Fact]
    public void Start_runs_to_the_first_user_task_and_completing_it_ends_the_instance()
    {
        var run = new Harness($"""<startEvent id="S" />{Flow("f1", "S", "T")}{UserTask("T")}{Flow("f2", "T", "E")}<endEvent id="E" />""").Start();
        Assert.Equal(["T"], run.TaskIds);
        run.Complete("T");
        Assert.True(run.State.Ended);
        Assert.Contains(run.Journal, j => j.Kind == "Ended");
    }

    [Theory]
    [InlineData("Major", "Big")]
    [InlineData("General", "Small")]
    public void Exclusive_gateway_takes_the_flow_whose_camunda_condition_holds_else_the_default(string level, string expected)
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "G")}
            <exclusiveGateway id="G" default="toSmall" />
            {Flow("toBig", "G", "Big", "${level == 'Major'}")}{Flow("toSmall", "G", "Small")}
            {UserTask("Big")}{UserTask("Small")}
            """).Start(new { level });
        Assert.Equal([expected], run.TaskIds);
    }

    [Fact]
    public void Negated_expression_condition_works_as_in_camunda()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "G")}
            <exclusiveGateway id="G" />
            {Flow("no", "G", "Redo", "${!passed}")}{Flow("yes", "G", "Done", "${passed}")}
            {UserTask("Redo")}{UserTask("Done")}
            """).Start(new { passed = false });
        Assert.Equal(["Redo"], run.TaskIds);
    }

    [Fact]
    public void Exclusive_gateway_without_a_matching_flow_raises_an_incident_at_the_gateway()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "G")}<exclusiveGateway id="G" />
            {Flow("a", "G", "A", "x == 1")}{Flow("b", "G", "B", "x == 2")}{UserTask("A")}{UserTask("B")}
            """).Start(new { x = 3 });
        var incident = Assert.Single(run.Incidents);
        Assert.Equal("G", incident.ElementId);
    }

    [Fact]
    public void Parallel_gateway_forks_and_joins_after_both_branches()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Fork")}<parallelGateway id="Fork" />
            {Flow("a", "Fork", "A")}{Flow("b", "Fork", "B")}{UserTask("A")}{UserTask("B")}
            {Flow("a2", "A", "Join")}{Flow("b2", "B", "Join")}<parallelGateway id="Join" />
            {Flow("f2", "Join", "After")}{UserTask("After")}
            """).Start();
        Assert.Equal(["A", "B"], run.TaskIds);
        run.Complete("A");
        Assert.Equal(["B"], run.TaskIds);
        run.Complete("B");
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void Inclusive_gateway_runs_every_branch_whose_condition_holds_and_joins_only_those()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Fork")}<inclusiveGateway id="Fork" />
            {Flow("a", "Fork", "A", "fire")}{Flow("b", "Fork", "B", "dust")}{Flow("c", "Fork", "C", "chemicals")}
            {UserTask("A")}{UserTask("B")}{UserTask("C")}
            {Flow("a2", "A", "Join")}{Flow("b2", "B", "Join")}{Flow("c2", "C", "Join")}<inclusiveGateway id="Join" />
            {Flow("f2", "Join", "After")}{UserTask("After")}
            """).Start(new { fire = true, dust = false, chemicals = true });
        Assert.Equal(["A", "C"], run.TaskIds);
        run.Complete("C");
        Assert.Equal(["A"], run.TaskIds);
        run.Complete("A");
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void Script_task_sets_variables_that_later_conditions_read()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Calc")}
            <scriptTask id="Calc" scriptFormat="javascript" camunda:resultVariable="days"><script>execution.setVariable('big', score > 10); score * 2</script></scriptTask>
            {Flow("f2", "Calc", "G")}<exclusiveGateway id="G" default="small" />{Flow("big", "G", "Big", "${big}")}{Flow("small", "G", "Small")}
            {UserTask("Big")}{UserTask("Small")}
            """).Start(new { score = 12 });
        Assert.Equal(["Big"], run.TaskIds);
        Assert.Equal(24, run.Variables["days"]!.GetValue<long>());
    }

    [Fact]
    public void A_script_that_loops_forever_becomes_an_incident_naming_the_task_and_a_retry_runs_it_again()
    {
        var run = new Harness($$"""
            <startEvent id="S" />{{Flow("f1", "S", "Loop")}}
            <scriptTask id="Loop" scriptFormat="javascript"><script>while (!stop) { }</script></scriptTask>
            {{Flow("f2", "Loop", "T")}}{{UserTask("T")}}
            """).Start(new { stop = false });
        var incident = Assert.Single(run.Incidents);
        Assert.Equal("Loop", incident.ElementId);
        Assert.Contains("too many statements", incident.Message, StringComparison.Ordinal);

        run.Variables["stop"] = true;
        run.Retry();
        Assert.Equal(["T"], run.TaskIds);
    }

    [Fact]
    public void Terminate_end_event_cancels_the_other_branches()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "Fork")}<parallelGateway id="Fork" />
            {Flow("a", "Fork", "A")}{Flow("b", "Fork", "B")}{UserTask("A")}{UserTask("B")}
            {Flow("a2", "A", "Kill")}<endEvent id="Kill"><terminateEventDefinition /></endEvent>
            """).Start();
        run.Complete("A");
        Assert.True(run.State.Ended);
        Assert.Empty(run.Tasks);
    }

    [Fact]
    public void Service_task_waits_for_its_job_with_evaluated_inputs()
    {
        var run = new Harness($$"""
            <startEvent id="S" />{{Flow("f1", "S", "Notify")}}
            <serviceTask id="Notify" camunda:class="notify"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="title">${'Hazard ' + hazardId}</camunda:inputParameter>
            </camunda:inputOutput></extensionElements></serviceTask>
            {{Flow("f2", "Notify", "T")}}{{UserTask("T")}}
            """).Start(new { hazardId = "H-1" });
        var job = Assert.Single(run.Jobs);
        Assert.Equal("Hazard H-1", job.Inputs["title"]!.GetValue<string>());
        run.CompleteJob("Notify");
        Assert.Equal(["T"], run.TaskIds);
    }

    [Fact]
    public void Receive_task_waits_for_its_message()
    {
        var run = new Harness($"""
            <startEvent id="S" />{Flow("f1", "S", "R")}<receiveTask id="R" messageRef="M" />{Flow("f2", "R", "T")}{UserTask("T")}
            """, """<message id="M" name="rectified" />""").Start();
        Assert.Equal("rectified", Assert.Single(run.Subscriptions).MessageName);
        run.Deliver("rectified", new { photos = 3 });
        Assert.Equal(["T"], run.TaskIds);
        Assert.Equal(3, run.Variables["photos"]!.GetValue<int>());
    }
}

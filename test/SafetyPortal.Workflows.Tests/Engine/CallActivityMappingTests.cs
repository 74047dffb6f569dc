using SafetyPortal.Workflows.Engine.Validation;
using SafetyPortal.Workflows.Tests.Support;
using static SafetyPortal.Workflows.Tests.Support.Bpmn;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>camunda:in / camunda:out on call activities, and camunda:inputOutput on tasks.</summary>
public sealed class CallActivityMappingTests
{
    private static readonly string[] TwoPhotos = ["a", "b"];

    private static string Call(string mappings) => $$"""
        <startEvent id="S" />{{Flow("f1", "S", "Call")}}
        <callActivity id="Call" calledElement="child"><extensionElements>{{mappings}}</extensionElements></callActivity>
        {{Flow("f2", "Call", "After")}}{{UserTask("After")}}
        """;

    [Fact]
    public void Without_mappings_every_variable_goes_in_and_comes_back()
    {
        var run = new Harness(Call("")).Start(new { hazardId = "H-1", level = "Major" });
        var child = Assert.Single(run.Children);
        Assert.Equal(["hazardId", "level"], child.Variables.Select(v => v.Key).Order());
        Assert.Null(child.BusinessKey);
        run.CompleteCall(new { verdict = "passed", hazardId = "H-1" });
        Assert.Equal("passed", run.Variables["verdict"]!.GetValue<string>());
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void In_mappings_pass_only_the_named_variables_and_expressions()
    {
        var run = new Harness(Call("""
            <camunda:in source="hazardId" target="subjectId" />
            <camunda:in sourceExpression="${level == 'Major' ? 30 : 7}" target="days" />
            <camunda:in source="level" />
            """)).Start(new { hazardId = "H-1", level = "Major", secret = "x" });
        var child = Assert.Single(run.Children).Variables;
        Assert.Equal(["days", "level", "subjectId"], child.Select(v => v.Key).Order());
        Assert.Equal("H-1", child["subjectId"]!.GetValue<string>());
        Assert.Equal(30, child["days"]!.GetValue<long>());
    }

    [Fact]
    public void Variables_all_passes_everything_and_further_mappings_add_to_it()
    {
        var run = new Harness(Call("""<camunda:in variables="all" /><camunda:in source="level" target="grade" />""")).Start(new { level = "Minor", a = 1 });
        Assert.Equal(["a", "grade", "level"], Assert.Single(run.Children).Variables.Select(v => v.Key).Order());
    }

    [Fact]
    public void Business_key_mapping_sets_the_called_instance_key_or_keeps_the_callers()
    {
        var own = new Harness(Call("""<camunda:in businessKey="${'R-' + hazardId}" />""")).Start(new { hazardId = "H-1" });
        Assert.Equal("R-H-1", Assert.Single(own.Children).BusinessKey);
        Assert.Equal(["hazardId"], own.Children[0].Variables.Select(v => v.Key));
        var inherited = new Harness(Call("""<camunda:in businessKey="#{execution.processBusinessKey}" />""")).Start(new { hazardId = "H-1" });
        Assert.Null(Assert.Single(inherited.Children).BusinessKey);
    }

    [Fact]
    public void Out_mappings_bring_back_only_the_named_variables()
    {
        var run = new Harness(Call("""
            <camunda:out source="verdict" target="rectificationVerdict" />
            <camunda:out sourceExpression="${photos.length}" target="photoCount" />
            """)).Start(new { level = "Major" });
        run.CompleteCall(new { verdict = "passed", photos = TwoPhotos, level = "Minor" });
        Assert.Equal("passed", run.Variables["rectificationVerdict"]!.GetValue<string>());
        Assert.Equal(2, run.Variables["photoCount"]!.GetValue<long>());
        Assert.Equal("Major", run.Variables["level"]!.GetValue<string>());
        Assert.False(run.Variables.ContainsKey("verdict"));
        Assert.Equal(["After"], run.TaskIds);
    }

    [Fact]
    public void Out_mapping_that_fails_becomes_an_incident_on_the_call_activity()
    {
        var run = new Harness(Call("""<camunda:out sourceExpression="${missing.length}" target="n" />""")).Start();
        run.CompleteCall(new { });
        Assert.Equal("Call", Assert.Single(run.Incidents).ElementId);
        Assert.Empty(run.Tasks);
    }

    [Fact]
    public void Mapping_without_source_or_target_is_rejected_naming_the_call_activity()
    {
        var errors = ProcessValidator.Validate(Process("p", Call("""<camunda:in target="x" /><camunda:out sourceExpression="${a}" />""")), _ => true);
        Assert.Equal(2, errors.Count(e => e.ElementId == "Call"));
        Assert.Contains(errors, e => e.Message.Contains("camunda:in needs source", StringComparison.Ordinal));
        Assert.Contains(errors, e => e.Message.Contains("needs a target", StringComparison.Ordinal));
    }

    [Fact]
    public void Input_output_on_a_user_task_gives_locals_and_maps_results_out()
    {
        var run = new Harness($$"""
            <startEvent id="S" />{{Flow("f1", "S", "Check")}}
            <userTask id="Check" camunda:assignee="${inspector}"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="inspector">${'insp-' + town}</camunda:inputParameter>
              <camunda:outputParameter name="checked">${result == 'ok'}</camunda:outputParameter>
            </camunda:inputOutput></extensionElements></userTask>
            {{Flow("f2", "Check", "Next")}}{{UserTask("Next")}}
            """).Start(new { town = "shaxi" });
        Assert.Equal("insp-shaxi", Assert.Single(run.Tasks).Assignee);
        run.Complete("Check", new { result = "ok" });
        Assert.True(run.Variables["checked"]!.GetValue<bool>());
        Assert.False(run.Variables.ContainsKey("inspector"));
    }

    [Fact]
    public void Input_output_on_a_script_task_keeps_its_locals_inside()
    {
        var run = new Harness($$"""
            <startEvent id="S" />{{Flow("f1", "S", "Calc")}}
            <scriptTask id="Calc" scriptFormat="javascript"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="factor">3</camunda:inputParameter>
              <camunda:outputParameter name="total">${sum}</camunda:outputParameter>
            </camunda:inputOutput></extensionElements><script>var sum = Number(factor) * base; execution.setVariable('sum', sum);</script></scriptTask>
            {{Flow("f2", "Calc", "Next")}}{{UserTask("Next")}}
            """).Start(new { @base = 2 });
        Assert.Equal(6, run.Variables["total"]!.GetValue<long>());
        Assert.False(run.Variables.ContainsKey("factor"));
    }
}

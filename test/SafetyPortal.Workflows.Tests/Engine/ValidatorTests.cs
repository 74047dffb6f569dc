using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Validation;
using SafetyPortal.Workflows.Seeding;
using static SafetyPortal.Workflows.Tests.Support.Bpmn;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>The validator names every element that could not run, before anyone publishes it.</summary>
public sealed class ValidatorTests
{
    private static readonly HashSet<string> Activities = new(StringComparer.OrdinalIgnoreCase) { "notify", "sendSms" };

    private static List<string> ErrorsOf(string body, string extra = "") =>
        ProcessValidator.Validate(Process("p", body, extra), Activities.Contains).Select(e => e.ElementId).ToList();

    [Fact]
    public void Text_that_is_not_xml_is_refused_with_a_clear_message()
    {
        var error = Assert.Throws<BpmnFormatException>(() => BpmnParser.Parse("hello <"));
        Assert.Contains("not well-formed XML", error.Message, StringComparison.Ordinal);
        Assert.Throws<BpmnFormatException>(() => BpmnParser.Parse("<html><body /></html>"));
    }

    [Fact]
    public void A_correct_model_has_no_errors() =>
        Assert.Empty(ErrorsOf($"""<startEvent id="S" />{Flow("f", "S", "T")}{UserTask("T")}"""));

    [Fact]
    public void User_task_without_any_assignment_is_rejected() =>
        Assert.Contains("T", ErrorsOf($"""<startEvent id="S" />{Flow("f", "S", "T")}<userTask id="T" />"""));

    [Fact]
    public void Service_task_naming_no_registered_activity_is_rejected()
    {
        var errors = ErrorsOf($"""
            <startEvent id="S" />{Flow("f", "S", "A")}<serviceTask id="A" camunda:class="com.acme.Missing" />{Flow("g", "A", "B")}
            <serviceTask id="B" camunda:type="external" camunda:topic="notify" />{Flow("h", "B", "C")}<serviceTask id="C" />
            """);
        Assert.Equal(["A", "C"], errors.Order());
    }

    [Fact]
    public void Unparsable_condition_is_named_by_its_flow()
    {
        var errors = ErrorsOf($"""
            <startEvent id="S" />{Flow("f", "S", "G")}<exclusiveGateway id="G" default="d" />
            {Flow("bad", "G", "A", "${level == }")}{Flow("d", "G", "B")}{UserTask("A")}{UserTask("B")}
            """);
        Assert.Equal(["bad"], errors);
    }

    [Fact]
    public void Dangling_flows_and_unreachable_nodes_are_named()
    {
        var errors = ErrorsOf($"""<startEvent id="S" />{Flow("f", "S", "Nowhere")}{UserTask("Island")}""");
        Assert.Equal(new HashSet<string> { "f", "Island" }, errors.ToHashSet());
    }

    [Theory]
    [InlineData("timeDuration", "10 hours")]
    [InlineData("timeCycle", "0 0 9 * * ?")]
    [InlineData("timeDate", "tomorrow")]
    [InlineData("timeDuration", "${level ==}")]
    public void Wrong_timer_syntax_is_named_by_the_event(string kind, string text)
    {
        var errors = ErrorsOf($"""
            <startEvent id="S" />{Flow("f", "S", "W")}
            <intermediateCatchEvent id="W"><timerEventDefinition><{kind}>{text}</{kind}></timerEventDefinition></intermediateCatchEvent>
            """);
        Assert.Equal(["W"], errors);
    }

    [Fact]
    public void Unsupported_elements_are_named_each()
    {
        var errors = ErrorsOf($"""
            <startEvent id="S" />{Flow("f1", "S", "Rule")}<businessRuleTask id="Rule" />
            <intermediateCatchEvent id="Signal"><signalEventDefinition /></intermediateCatchEvent>
            <complexGateway id="Complex" />
            <subProcess id="Events" triggeredByEvent="true"><startEvent id="ES"><messageEventDefinition messageRef="M" /></startEvent></subProcess>
            """, """<message id="M" name="m" />""");
        Assert.Superset(new HashSet<string> { "Rule", "Signal", "Complex", "Events" }, errors.ToHashSet());
    }

    [Fact]
    public void Camunda_modeler_attributes_are_read()
    {
        var model = BpmnParser.Parse(Process("p", """
            <startEvent id="S" /><sequenceFlow id="f" sourceRef="S" targetRef="T" />
            <userTask id="T" camunda:assignee="${starter}" camunda:candidateUsers="li, wang" camunda:candidateGroups="TownInspector,unit:${enterpriseId}"
                      camunda:dueDate="P3D" camunda:followUpDate="P1D" camunda:formKey="embedded:app:forms/check.html" />
            <sequenceFlow id="g" sourceRef="T" targetRef="Call" />
            <serviceTask id="Call" camunda:type="external" camunda:topic="notify"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="title">Due</camunda:inputParameter><camunda:outputParameter name="sent">${notified}</camunda:outputParameter>
            </camunda:inputOutput></extensionElements></serviceTask>
            """)).Model!;
        var task = model.Node("T").UserTask!;
        Assert.Equal(("${starter}", "li,wang", "TownInspector,unit:${enterpriseId}", "P3D", "P1D", "embedded:app:forms/check.html"),
            (task.Assignee, task.CandidateUsers, task.CandidateGroups, task.DueDate, task.FollowUpDate, task.FormKey));
        var call = model.Node("Call");
        Assert.Equal("notify", call.ActivityName);
        Assert.Equal("title", Assert.Single(call.Inputs).Name);
        Assert.Equal("sent", Assert.Single(call.Outputs).Name);
    }

    [Fact]
    public void The_built_in_hazard_process_is_valid_and_has_diagram_interchange()
    {
        var xml = BuiltInProcesses.Xml(BuiltInProcesses.HazardRectification);
        Assert.Empty(ProcessValidator.Validate(xml, Activities.Contains));
        var model = BpmnParser.Parse(xml).Model!;
        Assert.All(model.Nodes.Keys.Concat(model.Flows.Keys), id => Assert.Contains($"bpmnElement=\"{id}\"", xml, StringComparison.Ordinal));
        Assert.False(model.Node("RectificationOverdue").CancelActivity);
    }
}

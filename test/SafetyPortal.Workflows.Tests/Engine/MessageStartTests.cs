using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Validation;
using SafetyPortal.Workflows.Tests.Support;
using static SafetyPortal.Workflows.Tests.Support.Bpmn;

namespace SafetyPortal.Workflows.Tests.Engine;

/// <summary>Message start events: read with their message name, valid at the process level only, and a start there runs their path.</summary>
public sealed class MessageStartTests
{
    private const string Messages = """<message id="M1" name="hazard-reported" /><message id="M2" name="complaint-received" />""";

    private static readonly string Body = $$"""
        <startEvent id="Manual" />{{Flow("f0", "Manual", "Triage")}}
        <startEvent id="ByReport"><messageEventDefinition messageRef="M1" /></startEvent>{{Flow("f1", "ByReport", "Triage")}}
        <startEvent id="ByComplaint"><messageEventDefinition messageRef="M2" /></startEvent>{{Flow("f2", "ByComplaint", "Visit")}}
        {{UserTask("Triage")}}{{UserTask("Visit")}}
        """;

    [Fact]
    public void Message_start_events_are_read_with_their_message_names()
    {
        var run = new Harness(Body, Messages);
        Assert.Equal(["complaint-received", "hazard-reported"], run.Model.MessageStarts.Select(s => s.MessageName).Order());
        Assert.Equal("Manual", run.Model.NoneStartOf(null)!.Id);
        Assert.Empty(ProcessValidator.Validate(Process("p", Body, Messages), _ => true));
    }

    [Fact]
    public void Starting_at_a_message_start_event_takes_its_path_with_the_message_variables()
    {
        var run = new Harness(Body, Messages).Start(new { complaint = "noise" }, "ByComplaint");
        Assert.Equal(["Visit"], run.TaskIds);
        Assert.Equal("noise", run.Variables["complaint"]!.GetValue<string>());
        Assert.Contains(run.Journal, j => j.ElementId == "ByComplaint" && j.Kind == "Started");
    }

    [Fact]
    public void A_plain_start_still_begins_at_the_none_start_event()
    {
        Assert.Equal(["Triage"], new Harness(Body, Messages).Start().TaskIds);
    }

    [Fact]
    public void Message_start_event_inside_a_sub_process_is_rejected_naming_it()
    {
        var errors = ProcessValidator.Validate(Process("p", $$"""
            <startEvent id="S" />{{Flow("f1", "S", "Sub")}}
            <subProcess id="Sub"><startEvent id="Inner"><messageEventDefinition messageRef="M1" /></startEvent>{{Flow("f2", "Inner", "T")}}{{UserTask("T")}}</subProcess>
            """, Messages), _ => true);
        Assert.Contains(errors, e => e.ElementId == "Inner" && e.Message.Contains(nameof(EventKind.Message), StringComparison.Ordinal));
    }

    [Fact]
    public void Message_start_event_without_a_message_is_rejected_naming_it()
    {
        var errors = ProcessValidator.Validate(Process("p", $$"""
            <startEvent id="Start"><messageEventDefinition /></startEvent>{{Flow("f1", "Start", "T")}}{{UserTask("T")}}
            """), _ => true);
        Assert.Contains(errors, e => e.ElementId == "Start" && e.Message.Contains("messageRef", StringComparison.Ordinal));
    }
}

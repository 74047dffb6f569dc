using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>Message start events, call-activity mappings and the built-in activities, through the API.</summary>
public abstract class ProcessFeaturesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private static string NewKey(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    private static async Task<CorrelationDocument> SendAsync(PortalClient client, string messageName, string businessKey, object? variables = null)
    {
        var response = await client.Http.PostAsJsonAsync("/api/workflows/messages", new { messageName, businessKey, variables });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<CorrelationDocument>())!;
    }

    [Fact]
    public async Task A_message_nobody_waits_for_starts_the_process_with_that_message_start_event()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("msgstart");
        var message = key + "-complaint";
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, $"""
            <startEvent id="Manual" /><sequenceFlow id="f0" sourceRef="Manual" targetRef="Visit" />
            <startEvent id="ByComplaint"><messageEventDefinition messageRef="M" /></startEvent>
            <sequenceFlow id="f1" sourceRef="ByComplaint" targetRef="Visit" />
            <userTask id="Visit" camunda:assignee="townadmin" /><sequenceFlow id="f2" sourceRef="Visit" targetRef="Reply" />
            <receiveTask id="Reply" messageRef="M" /><sequenceFlow id="f3" sourceRef="Reply" targetRef="E" /><endEvent id="E" />
            """, $"""<message id="M" name="{message}" />"""));

        var first = await SendAsync(townadmin, message, "C-1", new { complaint = "噪声" });
        Assert.Equal(0, first.Delivered);
        var started = await townadmin.InstanceAsync(Assert.Single(first.StartedInstanceIds));
        Assert.Equal("C-1", started.Instance.BusinessKey);
        Assert.Equal(["Visit"], started.Instance.ActiveElementIds);
        Assert.Equal("噪声", started.Variables["complaint"]!.GetValue<string>());
        Assert.Contains(started.Journal, j => j.ElementId == "ByComplaint" && j.Kind == "Started");

        await townadmin.CompletedAsync(Assert.Single(await townadmin.TasksAsync("mine", "C-1")).Id);
        var second = await SendAsync(townadmin, message, "C-1");
        Assert.Equal(1, second.Delivered);
        Assert.Empty(second.StartedInstanceIds);
        Assert.Equal("Completed", (await townadmin.InstanceAsync(started.Instance.Id)).Instance.Status);
    }

    [Fact]
    public async Task A_message_starts_nothing_in_another_town()
    {
        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("msgtown");
        await DefinitionsTests<TFactory>.PublishAsync(chengxiang, Bpmn.Process(key, """
            <startEvent id="S"><messageEventDefinition messageRef="M" /></startEvent>
            <sequenceFlow id="f1" sourceRef="S" targetRef="T" /><userTask id="T" camunda:candidateGroups="TownInspector" />
            """, $"""<message id="M" name="{key}" />"""));
        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        Assert.Empty((await SendAsync(shaxi, key, "X")).StartedInstanceIds);
        Assert.Single((await SendAsync(chengxiang, key, "X")).StartedInstanceIds);
    }

    [Fact]
    public async Task Call_activity_mappings_choose_what_goes_in_and_comes_back_and_the_business_key()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var child = NewKey("mchild");
        var parent = NewKey("mparent");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(child, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Inspect" />
            <userTask id="Inspect" camunda:assignee="townadmin" /><sequenceFlow id="f2" sourceRef="Inspect" targetRef="E" /><endEvent id="E" />
            """));
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(parent, $$"""
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Call" />
            <callActivity id="Call" calledElement="{{child}}"><extensionElements>
              <camunda:in businessKey="${'INSP-' + hazardId}" /><camunda:in source="hazardId" target="subject" />
              <camunda:out source="finding" target="inspectionFinding" />
            </extensionElements></callActivity>
            <sequenceFlow id="f2" sourceRef="Call" targetRef="After" /><userTask id="After" camunda:assignee="townadmin" />
            """));
        var hazard = NewKey("H");
        var instance = await townadmin.StartAsync(parent, hazard, new { hazardId = hazard, secret = "s" });
        var inspect = Assert.Single(await townadmin.TasksAsync("mine", "INSP-" + hazard));
        var called = await townadmin.InstanceAsync(inspect.InstanceId);
        Assert.Equal(["subject"], called.Variables.Select(v => v.Key));
        await townadmin.CompletedAsync(inspect.Id, new { finding = "ok", extra = 1 });

        var detail = await townadmin.InstanceAsync(instance.Id);
        Assert.Equal("After", Assert.Single(detail.OpenTasks).ElementId);
        Assert.Equal("ok", detail.Variables["inspectionFinding"]!.GetValue<string>());
        Assert.False(detail.Variables.ContainsKey("extra"));
    }
}

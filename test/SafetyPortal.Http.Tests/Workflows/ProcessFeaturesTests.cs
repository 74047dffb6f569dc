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

    [Fact]
    public async Task Start_process_and_generate_document_activities_run_in_the_instances_town()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var followUp = NewKey("followup");
        var main = NewKey("docs");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.OneTask(followUp, "Follow up"));
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(main, $$$"""
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Notice" />
            <serviceTask id="Notice" camunda:class="generateDocument"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="title">整改通知书</camunda:inputParameter>
              <camunda:inputParameter name="template">隐患 {{hazardId}}：{{description}}</camunda:inputParameter>
              <camunda:inputParameter name="fileName">notice-{{hazardId}}</camunda:inputParameter>
              <camunda:inputParameter name="resultVariable">notice</camunda:inputParameter>
            </camunda:inputOutput></extensionElements></serviceTask>
            <sequenceFlow id="f2" sourceRef="Notice" targetRef="Next" />
            <serviceTask id="Next" camunda:class="startProcess"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="processKey">{{{followUp}}}</camunda:inputParameter>
              <camunda:inputParameter name="businessKey">${'F-' + hazardId}</camunda:inputParameter>
              <camunda:inputParameter name="variables">${ ({ origin: hazardId }) }</camunda:inputParameter>
            </camunda:inputOutput></extensionElements></serviceTask>
            <sequenceFlow id="f3" sourceRef="Next" targetRef="E" /><endEvent id="E" />
            """));
        var hazard = NewKey("HZ");
        var instance = await townadmin.StartAsync(main, hazard, new { hazardId = hazard, description = "消防通道堵塞" });
        var done = await Eventually.ReturnsAsync(() => townadmin.InstanceAsync(instance.Id), d => d.Instance.Status == "Completed", "both activities");

        var notice = done.Variables["notice"]!;
        Assert.Equal($"notice-{hazard}.docx", notice["name"]!.GetValue<string>());
        var download = await townadmin.Http.GetAsync(notice["url"]!.GetValue<string>());
        Assert.Equal(System.Net.HttpStatusCode.OK, download.StatusCode);
        Assert.Equal("attachment", download.Content.Headers.ContentDisposition!.DispositionType);
        var bytes = await download.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);

        var started = await townadmin.InstanceAsync(Guid.Parse(done.Variables["startedInstanceId"]!.GetValue<string>()));
        Assert.Equal(("F-" + hazard, followUp), (started.Instance.BusinessKey, started.Instance.ProcessKey));
        Assert.Equal(instance.TenantId, started.Instance.TenantId);
        Assert.Equal(hazard, started.Variables["origin"]!.GetValue<string>());
    }

    [Fact]
    public async Task Set_entity_status_for_a_type_no_module_handles_becomes_an_incident_saying_so()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("status");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Close" />
            <serviceTask id="Close" camunda:class="setEntityStatus"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="entityType">EmergencyPlan</camunda:inputParameter>
              <camunda:inputParameter name="entityId">${planId}</camunda:inputParameter>
              <camunda:inputParameter name="status">Activated</camunda:inputParameter>
            </camunda:inputOutput></extensionElements></serviceTask>
            <sequenceFlow id="f2" sourceRef="Close" targetRef="E" /><endEvent id="E" />
            """));
        var instance = await townadmin.StartAsync(key, "ST-1", new { planId = "42" });
        var failed = await Eventually.ReturnsAsync(() => townadmin.InstanceAsync(instance.Id), d => d.Incidents.Count > 0, "the incident");
        var incident = Assert.Single(failed.Incidents);
        Assert.Equal("Close", incident.ElementId);
        Assert.Contains("No module sets the status of 'EmergencyPlan'", incident.Message, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>Instances run through user tasks, messages, timers and incidents; each town sees only its own.</summary>
public abstract class RuntimeTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private static readonly string[] Photos = ["a.jpg"];

    private static string NewKey(string prefix) => prefix + "-" + Guid.NewGuid().ToString("N")[..8];

    [Fact]
    public async Task Hazard_goes_from_report_to_closure_with_a_failed_verification_in_between()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var me = await principal.GetJsonAsync<MeDocument>("/api/account/me");
        var enterpriseId = me!.OrganizationUnits.Select(u => u.GetProperty("enterpriseId").GetString()).First(e => e is not null);
        var hazard = "HZ-" + Guid.NewGuid().ToString("N")[..8];

        var instance = await inspector.StartAsync("hazard-rectification", hazard, new { hazardId = hazard, enterpriseId, description = "消防通道堵塞" });
        Assert.Equal(["ConfirmLevel"], instance.ActiveElementIds);
        var confirm = Assert.Single(await inspector.TasksAsync("groups", hazard));
        Assert.Equal("workflows:hazard/confirm-level", confirm.FormKey);
        Assert.Equal(HttpStatusCode.OK, (await inspector.Http.PostAsJsonAsync($"/api/workflows/tasks/{confirm.Id}/claim", new { })).StatusCode);
        await inspector.CompletedAsync(confirm.Id, new { level = "General" });

        var rectify = Assert.Single(await principal.TasksAsync("all", hazard));
        Assert.Equal("Rectify", rectify.ElementId);
        Assert.NotNull(rectify.DueDate);
        Assert.Empty(await inspector.TasksAsync("all", hazard));
        await principal.CompletedAsync(rectify.Id, new { photos = Photos });

        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("all", hazard)).Id, new { passed = false });
        var again = Assert.Single(await principal.TasksAsync("all", hazard));
        Assert.Equal("Rectify", again.ElementId);
        await principal.CompletedAsync(again.Id);
        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("all", hazard)).Id, new { passed = true });

        var detail = await inspector.InstanceAsync(instance.Id);
        Assert.Equal("Completed", detail.Instance.Status);
        Assert.Contains(detail.Journal, j => j.ElementId == "Verify" && j.Kind == "Completed" && j.Actor == "inspector");
        Assert.Contains("HazardClosed", detail.CompletedElementIds);
    }

    [Fact]
    public async Task A_message_reaches_the_instance_with_its_business_key_only()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("message");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="R" />
            <receiveTask id="R" messageRef="M" /><sequenceFlow id="f2" sourceRef="R" targetRef="E" /><endEvent id="E" />
            """, """<message id="M" name="rectification-reported" />"""));
        var first = await townadmin.StartAsync(key, "A");
        var second = await townadmin.StartAsync(key, "B");

        var response = await townadmin.Http.PostAsJsonAsync("/api/workflows/messages", new { messageName = "rectification-reported", businessKey = "B", variables = new { photos = 2 } });
        var result = await response.Content.ReadFromJsonAsync<CorrelationDocument>();
        Assert.Equal(1, result!.Delivered);
        Assert.Equal("Active", (await townadmin.InstanceAsync(first.Id)).Instance.Status);
        var done = await townadmin.InstanceAsync(second.Id);
        Assert.Equal("Completed", done.Instance.Status);
        Assert.Equal(2, done.Variables["photos"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_due_timer_fires_and_moves_the_instance_on()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("timer");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="W" />
            <intermediateCatchEvent id="W"><timerEventDefinition><timeDuration>PT1S</timeDuration></timerEventDefinition></intermediateCatchEvent>
            <sequenceFlow id="f2" sourceRef="W" targetRef="E" /><endEvent id="E" />
            """));
        var instance = await townadmin.StartAsync(key, "T1");
        var detail = await Eventually.ReturnsAsync(() => townadmin.InstanceAsync(instance.Id), d => d.Instance.Status == "Completed", "the timer to fire");
        Assert.Single(detail.Journal, j => j.Kind == "TimerFired");
    }

    [Fact]
    public async Task A_timer_start_event_starts_an_instance_at_each_firing_of_its_cycle()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("timer-start");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="Daily"><timerEventDefinition><timeCycle>R2/PT1S</timeCycle></timerEventDefinition></startEvent>
            <sequenceFlow id="f1" sourceRef="Daily" targetRef="Check" /><userTask id="Check" camunda:candidateGroups="TownInspector" />
            """));
        var started = await Eventually.ReturnsAsync(
            async () => (await townadmin.GetJsonAsync<PagedDocument<InstanceDocument>>($"/api/workflows/instances?processKey={key}"))!.TotalCount,
            count => count >= 2, "two instances started by the timer");
        Assert.Equal(2, started);
    }

    [Fact]
    public async Task A_failing_activity_becomes_an_incident_that_a_retry_resolves_after_the_data_is_fixed()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = NewKey("incident");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Notify" />
            <serviceTask id="Notify" camunda:class="notify"><extensionElements><camunda:inputOutput>
              <camunda:inputParameter name="title">Hazard overdue</camunda:inputParameter>
              <camunda:inputParameter name="userName">${who}</camunda:inputParameter>
            </camunda:inputOutput></extensionElements></serviceTask>
            <sequenceFlow id="f2" sourceRef="Notify" targetRef="T" /><userTask id="T" camunda:assignee="${who}" />
            """));
        var instance = await townadmin.StartAsync(key, "I1", new { who = (string?)null });
        // The instance's flag and its incident are written one after the other; the instance view reads them one after the other too.
        var failed = await Eventually.ReturnsAsync(() => townadmin.InstanceAsync(instance.Id), d => d.Incidents.Count > 0 && d.Instance.HasIncident, "the incident");
        var incident = Assert.Single(failed.Incidents);
        Assert.Equal("Notify", incident.ElementId);
        Assert.True(failed.Instance.HasIncident);

        var fix = await townadmin.Http.PutAsJsonAsync($"/api/workflows/instances/{instance.Id}/variables", new { variables = new { who = "townadmin" } });
        Assert.Equal(HttpStatusCode.OK, fix.StatusCode);
        var retry = await townadmin.Http.PostAsync($"/api/workflows/incidents/{incident.Id}/retry", null);
        Assert.True(retry.IsSuccessStatusCode, await retry.Content.ReadAsStringAsync());
        var moved = await Eventually.ReturnsAsync(() => townadmin.InstanceAsync(instance.Id), d => d.OpenTasks.Count == 1, "the task after the retried activity");
        Assert.False(moved.Instance.HasIncident);
        Assert.Equal("townadmin", moved.OpenTasks[0].Assignee);
    }

    [Fact]
    public async Task A_call_activity_waits_for_the_called_process_and_gets_its_variables_back()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var child = NewKey("child");
        var parent = NewKey("parent");
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(child, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Inspect" />
            <userTask id="Inspect" camunda:assignee="townadmin" /><sequenceFlow id="f2" sourceRef="Inspect" targetRef="E" /><endEvent id="E" />
            """));
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(parent, $"""
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Call" />
            <callActivity id="Call" calledElement="{child}" /><sequenceFlow id="f2" sourceRef="Call" targetRef="After" />
            <userTask id="After" camunda:assignee="townadmin" />
            """));
        var instance = await townadmin.StartAsync(parent, "CALL-1");
        Assert.Equal(["Call"], instance.ActiveElementIds);
        var inspect = Assert.Single(await townadmin.TasksAsync("mine", "CALL-1"));
        Assert.Equal("Inspect", inspect.ElementId);
        await townadmin.CompletedAsync(inspect.Id, new { finding = "ok" });

        var detail = await townadmin.InstanceAsync(instance.Id);
        Assert.Equal("After", Assert.Single(detail.OpenTasks).ElementId);
        Assert.Equal("ok", detail.Variables["finding"]!.GetValue<string>());
    }

    [Fact]
    public async Task Another_town_sees_neither_the_instance_nor_its_tasks()
    {
        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var instance = await chengxiang.StartAsync("hazard-rectification", "ISO-1", new { hazardId = "ISO-1", enterpriseId = Guid.NewGuid() });
        var task = Assert.Single(await chengxiang.TasksAsync("all", "ISO-1"));

        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "inspector");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"/api/workflows/instances/{instance.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"/api/workflows/tasks/{task.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.CompleteAsync(task.Id)).StatusCode);
        Assert.Empty(await shaxi.TasksAsync("all", "ISO-1"));
    }

    [Fact]
    public async Task Statistics_count_instances_per_process_and_waiting_step()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("shaxi", "inspector");
        await inspector.StartAsync("hazard-rectification", "STAT-1", new { hazardId = "STAT-1", enterpriseId = Guid.NewGuid() });
        var statistics = await inspector.GetJsonAsync<JsonElement>("/api/workflows/statistics");
        var hazard = statistics.EnumerateArray().Single(p => p.GetProperty("processKey").GetString() == "hazard-rectification");
        Assert.True(hazard.GetProperty("active").GetInt32() >= 1);
        Assert.Contains(hazard.GetProperty("steps").EnumerateArray(), s => s.GetProperty("elementId").GetString() == "ConfirmLevel");
    }
}

using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>The four-eyes rule of a user task ("separateFrom"): who did the work does not verify it.</summary>
public abstract class TaskSeparationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task Whoever_completed_the_work_may_neither_claim_nor_complete_its_verification_but_a_colleague_may()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var key = "four-eyes-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<TFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Rectify" />
            <userTask id="Rectify" name="Rectify" camunda:candidateGroups="TownAdmin,TownInspector" />
            <sequenceFlow id="f2" sourceRef="Rectify" targetRef="Verify" />
            <userTask id="Verify" name="Verify" camunda:candidateGroups="TownAdmin,TownInspector">
              <extensionElements><camunda:properties><camunda:property name="separateFrom" value="Rectify" /></camunda:properties></extensionElements>
            </userTask>
            <sequenceFlow id="f3" sourceRef="Verify" targetRef="E" /><endEvent id="E" />
            """));
        await townadmin.StartAsync(key, "FE1");
        await townadmin.CompletedAsync(Assert.Single(await townadmin.TasksAsync("groups", "FE1")).Id);
        var verify = Assert.Single(await townadmin.TasksAsync("groups", "FE1"));
        Assert.Equal("Verify", verify.ElementId);

        var claim = await townadmin.Http.PostAsJsonAsync($"/api/workflows/tasks/{verify.Id}/claim", new { concurrencyStamp = verify.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Forbidden, claim.StatusCode);
        Assert.Contains("Rectify", await claim.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Forbidden, (await townadmin.CompleteAsync(verify.Id)).StatusCode);

        await inspector.CompletedAsync(verify.Id);
        Assert.Empty(await inspector.TasksAsync("groups", "FE1"));
    }
}

using System.Net;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

public sealed class RuntimeConcurrencyTestsOnMariaDb(MariaDbPortalFactory factory) : RuntimeConcurrencyTests<MariaDbPortalFactory>(factory)
{
    private readonly MariaDbPortalFactory _factory = factory;

    /// <summary>
    /// On MariaDB a completion locks its task and instance as it reads them (two-trip transaction), so two people completing
    /// parallel tasks of one instance at the same moment both get through, one after the other; on SQLite the later is
    /// refused with 409 and asked to try again.
    /// </summary>
    [Fact]
    public async Task Two_people_completing_parallel_tasks_of_one_instance_at_once_both_get_through()
    {
        using var townadmin = await _factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var key = "both-" + Guid.NewGuid().ToString("N")[..8];
        await DefinitionsTests<MariaDbPortalFactory>.PublishAsync(townadmin, Bpmn.Process(key, """
            <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="Fork" /><parallelGateway id="Fork" />
            <sequenceFlow id="a1" sourceRef="Fork" targetRef="A" /><userTask id="A" camunda:candidateGroups="TownAdmin" />
            <sequenceFlow id="b1" sourceRef="Fork" targetRef="B" /><userTask id="B" camunda:candidateGroups="TownAdmin" />
            <sequenceFlow id="a2" sourceRef="A" targetRef="Join" /><sequenceFlow id="b2" sourceRef="B" targetRef="Join" />
            <parallelGateway id="Join" /><sequenceFlow id="f2" sourceRef="Join" targetRef="E" /><endEvent id="E" />
            """));
        for (var round = 0; round < 5; round++)
        {
            var instance = await townadmin.StartAsync(key, $"{key}-{round}");
            var tasks = await townadmin.TasksAsync("all", $"{key}-{round}");
            Assert.Equal(2, tasks.Count);

            var answers = await Task.WhenAll(tasks.Select(t => townadmin.CompleteAsync(t.Id)));

            Assert.All(answers, a => Assert.Equal(HttpStatusCode.OK, a.StatusCode));
            var detail = await townadmin.InstanceAsync(instance.Id);
            Assert.Equal("Completed", detail.Instance.Status);
            Assert.Equal(2, detail.Journal.Count(j => j.Kind == "Completed"));
        }
    }
}

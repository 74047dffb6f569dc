using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>
/// Two portal nodes on one MariaDB both run the workflow job worker: every due timer is fired by exactly one of
/// them, never twice and never lost (the weak spot users report of Elsa in clusters).
/// </summary>
public sealed class ClusteredTimersTests : IAsyncLifetime
{
    private const int Instances = 400;
    private readonly string _database = MariaDbServer.NewDatabaseName();
    private SharedDatabaseFactory _first = null!;
    private SharedDatabaseFactory _second = null!;

    [Fact]
    public async Task Each_timer_fires_exactly_once_across_two_nodes()
    {
        var key = "cluster-timer-" + Guid.NewGuid().ToString("N")[..8];
        await using (var scope = _first.Services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<ManageDefinitions>();
            var draft = await definitions.SaveDraftAsync(new SaveDraftRequest(Bpmn.Process(key, """
                <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="W" />
                <intermediateCatchEvent id="W"><timerEventDefinition><timeDuration>PT2S</timeDuration></timerEventDefinition></intermediateCatchEvent>
                <sequenceFlow id="f2" sourceRef="W" targetRef="E" /><endEvent id="E" />
                """), null), default);
            await definitions.PublishAsync(draft.Id, new PublishRequest(draft.ConcurrencyStamp), default);
        }
        // Half the instances are started on each node.
        await Task.WhenAll(StartAsync(_first, key, 0), StartAsync(_second, key, 1));

        await Eventually.ReturnsAsync(() => CountAsync(db => db.Set<WorkflowInstance>().CountAsync(i => i.ProcessKey == key && i.Status == InstanceStatus.Completed)),
            done => done == Instances, $"{Instances} completed instances", TimeSpan.FromSeconds(60));
        var firings = await CountAsync(db => db.Set<JournalEntry>().Where(e => e.Kind == "TimerFired").GroupBy(e => e.InstanceId)
            .Select(g => g.Count()).Where(c => c != 1).CountAsync());
        Assert.Equal(0, firings);
        Assert.Equal(Instances, await CountAsync(db => db.Set<JournalEntry>().CountAsync(e => e.Kind == "TimerFired")));
        Assert.Equal(0, await CountAsync(db => db.Set<WorkflowJob>().CountAsync()));
    }

    private static async Task StartAsync(PortalFactory node, string key, int parity)
    {
        for (var i = parity; i < Instances; i += 2)
        {
            await using var scope = node.Services.CreateAsyncScope();
            await scope.ServiceProvider.GetRequiredService<OperateInstances>()
                .StartAsync(new StartInstanceRequest(key, null, $"C-{i}", null), default);
        }
    }

    private async Task<int> CountAsync(Func<PortalDbContext, Task<int>> count)
    {
        await using var scope = _first.Services.CreateAsyncScope();
        return await count(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
    }

    public async Task InitializeAsync()
    {
        _first = new SharedDatabaseFactory(_database);
        await _first.InitializeAsync();
        _second = new SharedDatabaseFactory(_database);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await MariaDbServer.DropAsync(_database);
    }

    /// <summary>Two factories, one database: the second node starts on the schema the first one migrated.</summary>
    private sealed class SharedDatabaseFactory(string database) : MariaDbPortalFactory
    {
        protected override string ConnectionString => MariaDbServer.ForDatabase(database);

        protected override Task DropDatabaseAsync() => Task.CompletedTask;
    }
}

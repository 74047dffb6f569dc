using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Data.GroupCommit;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>
/// Group commit on MariaDB (kernel <c>Data/GroupCommit</c>): units of work arriving together share one transaction, yet each
/// commits all of its work or none, reports its own failure, and runs its after-commit hooks only once its rows are in.
/// </summary>
public sealed class TransactionGroupsTests(MariaDbPortalFactory factory) : IClassFixture<MariaDbPortalFactory>
{
    /// <summary>Set once the slow unit of a test is inside its group's transaction.</summary>
    private readonly TaskCompletionSource holding = new(TaskCreationOptions.RunContinuationsAsynchronously);

    [Fact]
    public async Task Units_arriving_together_share_a_transaction_and_each_is_saved_with_its_after_commit_hook_run()
    {
        var instance = await AddInstanceAsync();
        var units = Enumerable.Range(0, TransactionGroups.Capacity).Select(i => new Unit($"together-{i}")).ToList();

        await Task.WhenAll(units.Select((unit, i) => RunAsync(unit, instance, slow: i == 0)));

        Assert.All(units, unit => Assert.Equal(1, unit.HooksRun));
        Assert.All(units, unit => Assert.Null(unit.Failure));
        Assert.Equal(units.Select(u => u.Kind).Order(), await KindsSavedAsync(instance));
        AssertOneGroup(units);
        Assert.All(units, unit => Assert.True(unit.ContextUsableAfterwards));
    }

    [Fact]
    public async Task A_unit_failing_before_it_writes_fails_alone_and_the_others_commit()
    {
        var instance = await AddInstanceAsync();
        var (first, refused, last) = (new Unit("first"), new Unit("refused") { FailBeforeWriting = true }, new Unit("last"));

        await Task.WhenAll(RunAsync(first, instance, slow: true), RunAsync(refused, instance), RunAsync(last, instance));

        AssertOneGroup([first, refused, last]);
        Assert.IsType<InvalidOperationException>(refused.Failure);
        Assert.Equal(0, refused.HooksRun);
        Assert.Equal(["first", "last"], await KindsSavedAsync(instance));
        Assert.Equal(1, first.HooksRun);
        Assert.Equal(1, last.HooksRun);
    }

    [Fact]
    public async Task A_unit_failing_after_it_wrote_leaves_nothing_and_the_others_commit_once_each()
    {
        var instance = await AddInstanceAsync();
        var (first, broken, last) = (new Unit("first"), new Unit("broken") { FailAfterWriting = true }, new Unit("last"));

        await Task.WhenAll(RunAsync(first, instance, slow: true), RunAsync(broken, instance), RunAsync(last, instance));

        // "last" had its turn in the group only if it came before the broken unit; after it, the group was spoiled.
        AssertOneGroup([first, broken]);
        Assert.IsType<InvalidOperationException>(broken.Failure);
        Assert.Equal(0, broken.HooksRun);
        // The group rolled back; "first" and "last" ran again alone: their rows are there once, the broken unit's not at all.
        Assert.Equal(["first", "last"], await KindsSavedAsync(instance));
        Assert.Equal(1, first.HooksRun);
        Assert.Equal(1, last.HooksRun);
    }

    [Fact]
    public async Task Groups_read_committed_while_the_portals_other_connections_keep_the_default_isolation_level()
    {
        var instance = await AddInstanceAsync();
        var (first, second) = (new Unit("first"), new Unit("second"));
        await Task.WhenAll(RunAsync(first, instance, slow: true), RunAsync(second, instance));

        Assert.Equal("READ-COMMITTED", second.Isolation);
        // Beginning a READ COMMITTED transaction sets the session's level, so groups take connections from a pool of their
        // own. Draining the portal's pool (every idle connection and more) must find none left at READ COMMITTED.
        string connectionString;
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            connectionString = scope.ServiceProvider.GetRequiredService<PortalDbContext>().Database.GetConnectionString()!;
        }
        var connections = new List<MySqlConnection>();
        try
        {
            for (var i = 0; i < 20; i++)
            {
                var connection = new MySqlConnection(connectionString);
                connections.Add(connection);
                await connection.OpenAsync();
                await using var command = new MySqlCommand("SELECT @@session.tx_isolation", connection);
                Assert.Equal("REPEATABLE-READ", (string?)await command.ExecuteScalarAsync());
            }
        }
        finally
        {
            foreach (var connection in connections)
            {
                await connection.DisposeAsync();
            }
        }
    }

    /// <summary>
    /// The first unit held its connection (and the group) open while the others arrived: they worked on that connection,
    /// which the pool could not have given them while the first unit held it.
    /// </summary>
    private static void AssertOneGroup(List<Unit> units) =>
        Assert.All(units, unit => Assert.Equal(units[0].ConnectionId, unit.ConnectionId));

    private async Task RunAsync(Unit unit, Guid instanceId, bool slow = false)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var groups = scope.ServiceProvider.GetRequiredService<TransactionGroups>();
        if (!slow)
        {
            await holding.Task; // arrive while the slow unit holds the group open
        }
        try
        {
            await groups.RunAsync(db, async ct =>
            {
                db.ChangeTracker.Clear();
                var connectionId = await db.Database.SqlQueryRaw<long>("SELECT CONNECTION_ID() AS `Value`").SingleAsync(ct);
                unit.Isolation ??= await db.Database.SqlQueryRaw<string>("SELECT @@session.tx_isolation AS `Value`").SingleAsync(ct);
                unit.ConnectionId = unit.ConnectionId == 0 ? connectionId : unit.ConnectionId; // the first run's, not a rerun's
                if (slow)
                {
                    holding.TrySetResult();
                    await Task.Delay(1000, ct); // time for the others to join
                }
                if (unit.FailBeforeWriting)
                {
                    throw new InvalidOperationException("Not yours.");
                }
                db.Add(new JournalEntry { InstanceId = instanceId, Kind = unit.Kind, Time = DateTime.UtcNow });
                db.AfterCommit(_ =>
                {
                    unit.HooksRun++;
                    return Task.CompletedTask;
                });
                await db.SaveChangesAsync(ct);
                if (unit.FailAfterWriting)
                {
                    throw new InvalidOperationException("Broke after saving.");
                }
            });
            unit.ContextUsableAfterwards = await db.Set<JournalEntry>().IgnoreQueryFilters().AnyAsync(j => j.InstanceId == instanceId);
        }
        catch (InvalidOperationException e)
        {
            unit.Failure = e;
        }
    }

    private async Task<List<string>> KindsSavedAsync(Guid instanceId)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<JournalEntry>().IgnoreQueryFilters()
            .Where(j => j.InstanceId == instanceId).Select(j => j.Kind).OrderBy(k => k).ToListAsync();
    }

    private async Task<Guid> AddInstanceAsync()
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var instance = new WorkflowInstance
        {
            ProcessKey = "transaction-groups", StateJson = "{}", ActiveElementIds = "|Start|", StartTime = DateTime.UtcNow, StartedBy = "test",
        };
        db.Add(instance);
        await db.SaveChangesAsync();
        return instance.Id;
    }

    private sealed class Unit(string kind)
    {
        public string Kind { get; } = kind;
        public bool FailBeforeWriting { get; init; }
        public bool FailAfterWriting { get; init; }
        public long ConnectionId { get; set; }
        public string? Isolation { get; set; }
        public int HooksRun { get; set; }
        public bool ContextUsableAfterwards { get; set; }
        public Exception? Failure { get; set; }
    }
}

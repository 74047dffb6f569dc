using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MySqlConnector;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>
/// A two-trip transaction on MariaDB (kernel <c>Data/TwoTripTransaction</c>, what a task completion runs in): its locking read
/// holds other writers off until it commits, a save of only locked and new rows commits with its batch, any other save
/// is checked before its COMMIT, and a failure anywhere rolls back and leaves the pooled connection with no transaction.
/// </summary>
public sealed class TwoTripTransactionTests(MariaDbPortalFactory factory) : IClassFixture<MariaDbPortalFactory>
{
    [Fact]
    public async Task A_save_of_locked_rows_commits_with_its_batch_and_keeps_every_row()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var openAfterSave = true;

        await db.InTwoTripsAsync(async ct =>
        {
            var instance = await LockedAsync(db, id, ct);
            instance.ActiveElementIds = "|Next|";
            db.Add(Line(id));
        }, async ct =>
        {
            await db.SaveChangesAsync(ct);
            openAfterSave = await TransactionOpenAsync(db);
        });

        Assert.False(openAfterSave);
        Assert.Equal(("|Next|", 1), await StoredAsync(id));
    }

    [Fact]
    public async Task A_save_of_a_row_read_without_a_lock_is_checked_before_its_commit_and_a_stale_one_writes_nothing()
    {
        var (fresh, stale) = (await AddInstanceAsync(), await AddInstanceAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var openAfterSave = false;

        await db.InTwoTripsAsync(async ct =>
        {
            (await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == fresh, ct)).ActiveElementIds = "|Next|";
            db.Add(Line(fresh));
        }, async ct =>
        {
            await db.SaveChangesAsync(ct);
            openAfterSave = await TransactionOpenAsync(db);
        });
        db.ChangeTracker.Clear();
        var failure = db.InTwoTripsAsync(async ct =>
        {
            (await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == stale, ct)).ActiveElementIds = "|Next|";
            db.Add(Line(stale));
            await ChangeElsewhereAsync(stale);
        }, db.SaveChangesAsync);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => failure);
        Assert.True(openAfterSave);
        Assert.Equal(("|Next|", 1), await StoredAsync(fresh));
        Assert.Equal(("|Elsewhere|", 0), await StoredAsync(stale));
    }

    [Fact]
    public async Task A_locked_row_saved_against_a_stale_stamp_fails_and_writes_nothing()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();

        // As a use case does with the stamp a request brought: the UPDATE compares it, not the one read.
        var failure = db.InTwoTripsAsync(async ct =>
        {
            var instance = await LockedAsync(db, id, ct);
            instance.ActiveElementIds = "|Next|";
            db.Entry(instance).Property(i => i.ConcurrencyStamp).OriginalValue = "stale";
            db.Add(Line(id));
        }, db.SaveChangesAsync);

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => failure);
        Assert.Equal(("|Start|", 0), await StoredAsync(id));
    }

    [Fact]
    public async Task A_locking_read_holds_another_writer_off_until_the_unit_commits()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        Task? other = null;
        var otherDoneBeforeCommit = true;

        await db.InTwoTripsAsync(async ct =>
        {
            var instance = await LockedAsync(db, id, ct);
            other = WriteElsewhereAsync(id, "|Other|");
            await Task.WhenAny(other, Task.Delay(TimeSpan.FromMilliseconds(500), ct));
            otherDoneBeforeCommit = other.IsCompleted;
            instance.ActiveElementIds = "|Mine|";
        }, db.SaveChangesAsync);
        await other!;

        Assert.False(otherDoneBeforeCommit);
        // The other writer went in after the commit: its value is the one that stays.
        Assert.Equal(("|Other|", 0), await StoredAsync(id));
    }

    [Fact]
    public async Task A_unit_whose_batch_fails_part_way_in_rolls_back_and_leaves_its_connection_without_a_transaction()
    {
        var id = await AddInstanceAsync();
        var taken = Line(id);
        await using (var seed = factory.Services.CreateAsyncScope())
        {
            var seeding = seed.ServiceProvider.GetRequiredService<PortalDbContext>();
            seeding.Add(taken);
            await seeding.SaveChangesAsync();
        }
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.OpenConnectionAsync();
        var committedWork = 0;

        var failure = db.InTwoTripsAsync(async ct =>
        {
            (await LockedAsync(db, id, ct)).ActiveElementIds = "|Next|";
            var clash = Line(id);
            clash.Id = taken.Id;
            db.Add(clash);
            db.AfterCommit(_ => Task.FromResult(++committedWork));
        }, db.SaveChangesAsync);

        await Assert.ThrowsAnyAsync<DbUpdateException>(() => failure);
        Assert.False(await TransactionOpenAsync(db));
        Assert.Equal(0, committedWork);
        Assert.Equal(("|Start|", 1), await StoredAsync(id));
    }

    [Fact]
    public async Task A_unit_that_throws_after_its_locking_read_releases_the_lock_and_runs_no_after_commit_work()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        await db.Database.OpenConnectionAsync();
        var committedWork = 0;

        var failure = db.InTwoTripsAsync(async ct =>
        {
            (await LockedAsync(db, id, ct)).ActiveElementIds = "|Next|";
            db.AfterCommit(_ => Task.FromResult(++committedWork));
            throw new InvalidOperationException("Refused by a rule.");
        }, db.SaveChangesAsync);

        Assert.Equal("Refused by a rule.", (await Assert.ThrowsAsync<InvalidOperationException>(() => failure)).Message);
        Assert.False(await TransactionOpenAsync(db));
        await WriteElsewhereAsync(id, "|Other|");
        Assert.Equal(0, committedWork);
        Assert.Equal(("|Other|", 0), await StoredAsync(id));
    }

    [Fact]
    public async Task After_commit_work_runs_once_the_rows_are_visible_to_others()
    {
        var id = await AddInstanceAsync();
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        (string, int)? seenByHook = null;

        await db.InTwoTripsAsync(async ct =>
        {
            (await LockedAsync(db, id, ct)).ActiveElementIds = "|Next|";
            db.Add(Line(id));
            db.AfterCommit(async _ => seenByHook = await StoredAsync(id));
        }, db.SaveChangesAsync);

        Assert.Equal(("|Next|", 1), seenByHook);
    }

    [Fact]
    public async Task Changes_a_unit_saved_reach_the_audit_log_only_when_it_commits()
    {
        var (kept, rolledBack) = (await AddInstanceAsync(), await AddInstanceAsync());
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        using var audit = AuditScope.Begin();

        await db.InTwoTripsAsync(async ct => (await LockedAsync(db, kept, ct)).ActiveElementIds = "|Next|", db.SaveChangesAsync);
        var failure = db.InTwoTripsAsync(
            async ct => (await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == rolledBack, ct)).ActiveElementIds = "|Next|",
            async ct =>
            {
                await db.SaveChangesAsync(ct);
                throw new InvalidOperationException("Refused after the save.");
            });

        await Assert.ThrowsAsync<InvalidOperationException>(() => failure);
        Assert.Equal([kept.ToString()], audit.EntityChanges.Select(c => c.EntityId));
        Assert.Equal(("|Start|", 0), await StoredAsync(rolledBack));
    }

    private static async Task<WorkflowInstance> LockedAsync(PortalDbContext db, Guid id, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().IgnoreQueryFilters().ForUpdate().SingleAsync(i => i.Id == id, cancellationToken);
        db.Locked(instance);
        return instance;
    }

    private static JournalEntry Line(Guid instanceId) => new() { InstanceId = instanceId, Kind = "Test", Time = DateTime.UtcNow };

    private Task<Guid> AddInstanceAsync() => InstanceRows.AddAsync(factory.Services, "two-trip");

    private Task ChangeElsewhereAsync(Guid id) => InstanceRows.ChangeElsewhereAsync(factory.Services, id);

    /// <summary>A plain UPDATE from another connection (it waits for any lock on the row).</summary>
    private async Task WriteElsewhereAsync(Guid id, string activeElements)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowInstance>().IgnoreQueryFilters()
            .Where(i => i.Id == id).ExecuteUpdateAsync(s => s.SetProperty(i => i.ActiveElementIds, activeElements));
    }

    /// <summary>The instance's active elements and journal line count as another connection reads them.</summary>
    private async Task<(string, int)> StoredAsync(Guid id)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var active = await db.Set<WorkflowInstance>().IgnoreQueryFilters().Where(i => i.Id == id).Select(i => i.ActiveElementIds).SingleAsync();
        return (active, await db.Set<JournalEntry>().IgnoreQueryFilters().CountAsync(j => j.InstanceId == id));
    }

    private static async Task<bool> TransactionOpenAsync(PortalDbContext db)
    {
        await using var command = new MySqlCommand("SELECT @@in_transaction", (MySqlConnection)db.Database.GetDbConnection());
        return Convert.ToInt64(await command.ExecuteScalarAsync(), System.Globalization.CultureInfo.InvariantCulture) == 1;
    }
}

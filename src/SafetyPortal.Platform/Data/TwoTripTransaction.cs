using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using Microsoft.EntityFrameworkCore.Metadata;
using SafetyPortal.Platform.Auditing;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// A unit of work that reads a few rows with a lock, then saves, in two round trips on MySQL/MariaDB instead of four.
/// EF's transaction costs a round trip to begin (MySqlConnector sends the isolation level and START TRANSACTION) and
/// one to commit. Here START TRANSACTION goes out in front of the unit's first command, and COMMIT at the end of its
/// save's batch when that batch cannot fail its concurrency checks: every row it updates was read
/// <see cref="ForUpdate{T}"/> in this unit and named with <see cref="Locked"/> (no one else can change it before the
/// commit), it deletes nothing and adds only rows whose values the client sets, few enough for one batch. Any other
/// save commits with a COMMIT of its own after EF has checked it (three round trips).
/// A failure anywhere rolls the transaction back before the pooled connection is used again; the whole unit runs
/// inside the retrying execution strategy. After-commit hooks run once the COMMIT is in.
/// Anything else (SQLite, a transaction already open) runs as <see cref="PortalTransactions.InTransactionAsync"/>.
/// </summary>
public static class TwoTripTransaction
{
    /// <summary>The query tag that makes a read inside a two-trip transaction lock its rows (SELECT ... FOR UPDATE).</summary>
    public const string ForUpdateTag = "two-trip: for update";

    private static readonly ConditionalWeakTable<DbContext, State> Open = [];

    /// <summary>
    /// Reads with an exclusive lock on the rows when run inside a two-trip transaction on MySQL (elsewhere a plain read:
    /// the rows' concurrency stamps still guard the save).
    /// </summary>
    public static IQueryable<T> ForUpdate<T>(this IQueryable<T> query) => query.TagWith(ForUpdateTag);

    /// <summary>
    /// Names tracked rows this unit read <see cref="ForUpdate{T}"/>: their updates may commit with the save's batch, as long
    /// as their concurrency tokens' original values are still those read (a caller that sets one to a request's stamp
    /// makes its save checked before the COMMIT).
    /// </summary>
    public static void Locked(this DbContext db, params object[] rows)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(rows);
        if (Of(db) is { LockedRead: true } state)
        {
            foreach (var row in rows)
            {
                state.Locked[row] = TokensOf(db.Entry(row));
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="work"/> (reads, checks, changes) and then <paramref name="save"/> as one transaction.
    /// <paramref name="save"/> calls SaveChanges once: a batch that went out with COMMIT ends the transaction, and a second
    /// save after it is refused (its rows would not be part of the unit).
    /// </summary>
    public static Task InTwoTripsAsync(this PortalDbContext db, Func<CancellationToken, Task> work, Func<CancellationToken, Task> save,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        ArgumentNullException.ThrowIfNull(save);
        if (!db.Database.IsMySql() || db.Database.CurrentTransaction is not null || Of(db) is not null)
        {
            return db.InTransactionAsync(async ct =>
            {
                await work(ct);
                await save(ct);
            }, cancellationToken);
        }
        return db.Database.CreateExecutionStrategy().ExecuteAsync(ct => RunAsync(db, work, save, ct), cancellationToken);
    }

    /// <summary>The two-trip transaction open on <paramref name="context"/>, or null.</summary>
    internal static State? Of(DbContext? context) => context is not null && Open.TryGetValue(context, out var state) ? state : null;

    private static async Task RunAsync(PortalDbContext db, Func<CancellationToken, Task> work, Func<CancellationToken, Task> save,
        CancellationToken cancellationToken)
    {
        var state = new State();
        var behavior = db.Database.AutoTransactionBehavior;
        await db.Database.OpenConnectionAsync(cancellationToken);
        var committed = false;
        try
        {
            Open.AddOrUpdate(db, state);
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
            await work(cancellationToken);
            state.Saving = true;
            await save(cancellationToken);
            if (state.Begun && !state.CommitSent)
            {
                await SendAsync(db, "COMMIT", cancellationToken);
            }
            committed = true;
            AuditScope.Current?.Commit(state.Id);
        }
        catch
        {
            if (state.Begun)
            {
                await OpenTransactionRollback.SendAsync(db.Database.GetDbConnection());
            }
            AuditScope.Current?.RollBack(state.Id);
            throw;
        }
        finally
        {
            Open.Remove(db);
            db.Database.AutoTransactionBehavior = behavior;
            await db.Database.CloseConnectionAsync();
            if (!committed)
            {
                UnitOfWorkHooks.Drop(db);
            }
        }
        await UnitOfWorkHooks.CommittedAsync(db, state.Id, cancellationToken);
    }

    /// <summary>
    /// At the start of the unit's save, after the before-save hooks added their rows: whether COMMIT can go with the batch.
    /// </summary>
    internal static bool CommitsWithBatch(DbContext db, State state)
    {
        var changed = TrackedEntries.AsDetected(db.ChangeTracker).Where(e => e.State != EntityState.Unchanged).ToList();
        return changed.Count is > 0 and <= OneTripSave.MaxRows
            && changed.TrueForAll(e => e.State switch
            {
                EntityState.Added => OneTripSave.ClientValuesOnly(e.Metadata),
                EntityState.Modified => state.Locked.TryGetValue(e.Entity, out var read) && TokensOf(e).SequenceEqual(read)
                    && NothingGeneratedOnUpdate(e.Metadata),
                _ => false,
            });
    }

    /// <summary>The original values of the row's concurrency tokens (what its UPDATE will compare).</summary>
    private static object?[] TokensOf(EntityEntry entry) =>
        [.. entry.Metadata.GetProperties().Where(p => p.IsConcurrencyToken).Select(p => entry.Property(p.Name).OriginalValue)];

    private static bool NothingGeneratedOnUpdate(IEntityType entityType) =>
        entityType.GetProperties().All(p => (p.ValueGenerated & ValueGenerated.OnUpdate) == 0);

    private static async Task SendAsync(PortalDbContext db, string sql, CancellationToken cancellationToken)
    {
        await using var command = db.Database.GetDbConnection().CreateCommand();
        command.CommandText = sql;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    internal sealed class State
    {
        /// <summary>Binds after-commit hooks of the unit's saves to its COMMIT.</summary>
        public Guid Id { get; } = Guid.NewGuid();

        /// <summary>START TRANSACTION has gone out with the unit's first command.</summary>
        public bool Begun { get; set; }

        /// <summary>A read of the unit locked its rows.</summary>
        public bool LockedRead { get; set; }

        /// <summary>Rows read with a lock, with their concurrency tokens' values as read.</summary>
        public Dictionary<object, object?[]> Locked { get; } = new(ReferenceEqualityComparer.Instance);

        /// <summary>The unit's work is done and its save is under way.</summary>
        public bool Saving { get; set; }

        /// <summary>The save now running sends COMMIT with its batch.</summary>
        public bool CommitWithBatch { get; set; }

        /// <summary>COMMIT went out with a batch: the unit may send no more.</summary>
        public bool CommitSent { get; set; }
    }
}

using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// Saves a unit of work that only adds a few rows in one round trip on MySQL/MariaDB. EF saves several statements in a
/// transaction of its own, and MySqlConnector begins one with two round trips (the isolation level, then START TRANSACTION)
/// and commits it with a third, so a save of new rows took four. Here the batch carries its own START TRANSACTION and
/// COMMIT (<see cref="OneTripSaveInterceptor"/>): the rows are committed together or not at all, as before. A failed
/// batch is rolled back before the connection is used again (a retry of the save starts with ROLLBACK). Anything else
/// (SQLite, a save inside a transaction, changed or deleted rows, more rows than one batch surely holds) saves as usual.
/// </summary>
public static class OneTripSave
{
    /// <summary>Below EF's batch size for MySQL (42 statements), with room for rows the before-save hooks add (notices).</summary>
    public const int MaxRows = 20;

    private static readonly ConditionalWeakTable<DbContext, State> Saving = [];

    public static async Task<int> SaveAddedInOneTripAsync(this PortalDbContext db, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        if (!db.Database.IsMySql() || db.Database.CurrentTransaction is not null || TwoTripTransaction.Of(db) is not null || !OnlyAddedRows(db))
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        var behavior = db.Database.AutoTransactionBehavior;
        db.Database.AutoTransactionBehavior = AutoTransactionBehavior.Never;
        Saving.AddOrUpdate(db, new State());
        try
        {
            return await db.SaveChangesAsync(cancellationToken);
        }
        finally
        {
            Saving.Remove(db);
            db.Database.AutoTransactionBehavior = behavior;
        }
    }

    /// <summary>
    /// At the start of the save, after the before-save hooks added their rows (notices): when the save no longer fits one
    /// batch of new rows, it goes back to EF's own transaction (a second batch would otherwise commit apart from the first).
    /// </summary>
    internal static void RecheckAfterHooks(DbContext? context)
    {
        if (context is PortalDbContext db && Of(db) is not null && !OnlyAddedRows(db))
        {
            Saving.Remove(db);
            db.Database.AutoTransactionBehavior = AutoTransactionBehavior.WhenNeeded;
        }
    }

    /// <summary>The save of <paramref name="context"/> that is under way in one trip, or null.</summary>
    internal static State? Of(DbContext? context) => context is not null && Saving.TryGetValue(context, out var state) ? state : null;

    /// <summary>
    /// Only new rows, few enough for one batch, whose values the client sets (a Guid key at most is generated, by EF): a
    /// value the database generates would be read back with a SELECT inside the batch, before its COMMIT.
    /// </summary>
    private static bool OnlyAddedRows(PortalDbContext db)
    {
        var entries = TrackedEntries.AsDetected(db.ChangeTracker);
        return entries.Count is > 0 and <= MaxRows
            && entries.TrueForAll(e => e.State == EntityState.Added && ClientValuesOnly(e.Metadata));
    }

    /// <summary>Whether a new row of <paramref name="entityType"/> has only values the client sets (a Guid key at most from EF).</summary>
    internal static bool ClientValuesOnly(IEntityType entityType) => ClientSetTypes.GetOrAdd(entityType.ClrType, _ => ClientSet(entityType));

    private static readonly ConcurrentDictionary<Type, bool> ClientSetTypes = new();

    private static bool ClientSet(IEntityType entityType) => entityType.GetProperties()
        .All(p => p.ValueGenerated == ValueGenerated.Never || (p.IsPrimaryKey() && p.ClrType == typeof(Guid)));

    internal sealed class State
    {
        /// <summary>Batches sent by this save: a second one is a retry of the first (or a batch EF split off).</summary>
        public int Batches { get; set; }
    }
}

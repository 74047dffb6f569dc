using System.Data.Common;
using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// Feeds what each SaveChanges wrote into the request's <see cref="AuditScope"/>: entries are read just before
/// the save and completed after it; a failed save records nothing, and changes saved inside a transaction count
/// only once it commits. Stateless, so one instance serves every context.
/// </summary>
internal sealed class EntityChangeInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly EntityChangeInterceptor Instance = new();

    private static readonly ConditionalWeakTable<DbContext, List<PendingEntityChange>> Pending = [];

    private EntityChangeInterceptor()
    {
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Capture(eventData.Context);
        return result;
    }

    public ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        Capture(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        Complete(eventData.Context);
        return result;
    }

    public ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        Complete(eventData.Context);
        return ValueTask.FromResult(result);
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void SaveChangesCanceled(DbContextEventData eventData) => Forget(eventData.Context);

    public Task SaveChangesCanceledAsync(DbContextEventData eventData, CancellationToken cancellationToken = default)
    {
        Forget(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData) =>
        AuditScope.Current?.Commit(eventData.TransactionId);

    public Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AuditScope.Current?.Commit(eventData.TransactionId);
        return Task.CompletedTask;
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) =>
        AuditScope.Current?.RollBack(eventData.TransactionId);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        AuditScope.Current?.RollBack(eventData.TransactionId);
        return Task.CompletedTask;
    }

    private static void Capture(DbContext? context)
    {
        if (context is not null && AuditScope.Current is not null)
        {
            Pending.AddOrUpdate(context, PendingEntityChange.Capture(context.ChangeTracker));
        }
    }

    private static void Complete(DbContext? context)
    {
        if (context is null || !Pending.TryGetValue(context, out var pending))
        {
            return;
        }
        Pending.Remove(context);
        if (AuditScope.Current is { } scope && pending.Count > 0)
        {
            var now = DateTime.UtcNow;
            scope.Record([.. pending.Select(p => p.Complete(now))],
                context.Database.CurrentTransaction?.TransactionId ?? TwoTripTransaction.Of(context)?.Id);
        }
    }

    internal static void Forget(DbContext? context)
    {
        if (context is not null)
        {
            Pending.Remove(context);
        }
    }
}

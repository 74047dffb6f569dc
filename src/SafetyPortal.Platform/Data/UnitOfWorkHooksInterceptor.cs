using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// Runs <see cref="UnitOfWorkHooks"/>: before-save work at the start of a save; after-commit work when a save outside a
/// transaction succeeded or when the transaction it was saved in committed. Stateless. The synchronous paths run the
/// asynchronous hooks to the end; the portal's code saves asynchronously. Registered with the portal's context; contexts built
/// outside DI (tests, tools) add <see cref="Instance"/> themselves.
/// </summary>
public sealed class UnitOfWorkHooksInterceptor : ISaveChangesInterceptor, IDbTransactionInterceptor
{
    public static readonly UnitOfWorkHooksInterceptor Instance = new();

    private UnitOfWorkHooksInterceptor()
    {
    }

    public InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        if (eventData.Context is { } context)
        {
            UnitOfWorkHooks.RunBeforeSaveAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public async ValueTask<InterceptionResult<int>> SavingChangesAsync(
        DbContextEventData eventData, InterceptionResult<int> result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await UnitOfWorkHooks.RunBeforeSaveAsync(context, cancellationToken);
        }
        return result;
    }

    public int SavedChanges(SaveChangesCompletedEventData eventData, int result)
    {
        if (eventData.Context is { } context)
        {
            UnitOfWorkHooks.SavedAsync(context, CancellationToken.None).GetAwaiter().GetResult();
        }
        return result;
    }

    public async ValueTask<int> SavedChangesAsync(SaveChangesCompletedEventData eventData, int result, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await UnitOfWorkHooks.SavedAsync(context, cancellationToken);
        }
        return result;
    }

    public void SaveChangesFailed(DbContextErrorEventData eventData) => Drop(eventData.Context);

    public Task SaveChangesFailedAsync(DbContextErrorEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    public void TransactionCommitted(DbTransaction transaction, TransactionEndEventData eventData)
    {
        if (eventData.Context is { } context)
        {
            UnitOfWorkHooks.CommittedAsync(context, eventData.TransactionId, CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    public async Task TransactionCommittedAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        if (eventData.Context is { } context)
        {
            await UnitOfWorkHooks.CommittedAsync(context, eventData.TransactionId, cancellationToken);
        }
    }

    public void TransactionRolledBack(DbTransaction transaction, TransactionEndEventData eventData) => Drop(eventData.Context);

    public Task TransactionRolledBackAsync(DbTransaction transaction, TransactionEndEventData eventData, CancellationToken cancellationToken = default)
    {
        Drop(eventData.Context);
        return Task.CompletedTask;
    }

    private static void Drop(DbContext? context)
    {
        if (context is not null)
        {
            UnitOfWorkHooks.Drop(context);
        }
    }
}

using System.Runtime.CompilerServices;
using Microsoft.EntityFrameworkCore;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// Work tied to a context's next save, like ABP's unit-of-work events: <see cref="BeforeSave"/> runs at the start of the
/// next SaveChangesAsync (it may query and add rows, which that save stores); <see cref="AfterCommit"/> runs once the rows
/// are committed (after a save outside a transaction, or when the open transaction commits) and is dropped if the save
/// fails or the transaction rolls back. Each registration runs once. <see cref="UnitOfWorkHooksInterceptor"/> drives them.
/// </summary>
public static class UnitOfWorkHooks
{
    private static readonly ConditionalWeakTable<DbContext, Pending> Hooks = [];

    public static void BeforeSave(this DbContext context, Func<CancellationToken, Task> work) =>
        For(context).Saving.Add(work);

    public static void AfterCommit(this DbContext context, Func<CancellationToken, Task> work) =>
        For(context).Add(work);

    internal static async Task RunBeforeSaveAsync(DbContext context, CancellationToken cancellationToken)
    {
        // A hook may register another (a notice that queues its text message): loop until none is left.
        while (Hooks.TryGetValue(context, out var pending) && pending.Saving.Count > 0)
        {
            var work = pending.Saving.ToList();
            pending.Saving.Clear();
            foreach (var hook in work)
            {
                await hook(cancellationToken);
            }
        }
    }

    /// <summary>
    /// A save succeeded: outside a transaction its rows are committed; inside one (EF's, or a <see cref="TwoTripTransaction"/>,
    /// even when its COMMIT went with the save's batch) they wait for its commit.
    /// </summary>
    internal static Task SavedAsync(DbContext context, CancellationToken cancellationToken)
    {
        if (!Hooks.TryGetValue(context, out var pending))
        {
            return Task.CompletedTask;
        }
        if (context.Database.CurrentTransaction is { } transaction)
        {
            pending.BindTo(transaction.TransactionId);
            return Task.CompletedTask;
        }
        if (TwoTripTransaction.Of(context) is { } unit)
        {
            pending.BindTo(unit.Id);
            return Task.CompletedTask;
        }
        return pending.RunCommittedAsync(null, cancellationToken);
    }

    internal static Task CommittedAsync(DbContext context, Guid transactionId, CancellationToken cancellationToken) =>
        Hooks.TryGetValue(context, out var pending) ? pending.RunCommittedAsync(transactionId, cancellationToken) : Task.CompletedTask;

    internal static void Drop(DbContext context)
    {
        if (Hooks.TryGetValue(context, out var pending))
        {
            pending.Committed.Clear();
        }
    }

    /// <summary>The context's lease ended: nothing registered on it runs later (a pooled instance serves another request next).</summary>
    internal static void Forget(DbContext context) => Hooks.Remove(context);

    private static Pending For(DbContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return Hooks.GetValue(context, _ => new Pending());
    }

    private sealed class Pending
    {
        public List<Func<CancellationToken, Task>> Saving { get; } = [];

        /// <summary>After-commit work with the transaction its rows were saved in (null: not saved yet).</summary>
        public List<(Func<CancellationToken, Task> Work, Guid? Transaction)> Committed { get; } = [];

        public void Add(Func<CancellationToken, Task> work) => Committed.Add((work, null));

        public void BindTo(Guid transactionId)
        {
            for (var i = 0; i < Committed.Count; i++)
            {
                Committed[i] = Committed[i] with { Transaction = Committed[i].Transaction ?? transactionId };
            }
        }

        /// <summary>
        /// Runs the work whose rows this commit stored (saved in the transaction, or saved now without one). Work bound to
        /// another transaction is dropped: that transaction ended without committing (a disposed transaction rolls back
        /// without telling the interceptors).
        /// </summary>
        public async Task RunCommittedAsync(Guid? transactionId, CancellationToken cancellationToken)
        {
            var work = Committed.Where(c => c.Transaction == transactionId || (transactionId is null && c.Transaction is null)).ToList();
            if (transactionId is null)
            {
                Committed.Clear();
            }
            else
            {
                Committed.RemoveAll(c => c.Transaction is not null);
            }
            foreach (var (hook, _) in work)
            {
                await hook(cancellationToken);
            }
        }
    }
}

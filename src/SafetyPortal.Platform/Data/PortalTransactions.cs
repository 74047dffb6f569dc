using Microsoft.EntityFrameworkCore;

namespace SafetyPortal.Platform.Data;

public static class PortalTransactions
{
    /// <summary>
    /// Runs work that saves several times (Identity's managers save on every call) as one transaction.
    /// MySQL's retrying execution strategy refuses a transaction opened outside it, so the strategy runs the whole unit.
    /// Inside a transaction already open (one use case calling another, say a submission delivering a process message),
    /// the work joins it: it commits or rolls back with the outer unit. So it does inside a <see cref="TwoTripTransaction"/>.
    /// </summary>
    public static Task InTransactionAsync(this PortalDbContext db, Func<CancellationToken, Task> work, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(work);
        if (db.Database.CurrentTransaction is not null || TwoTripTransaction.Of(db) is not null)
        {
            return work(cancellationToken);
        }
        return db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            await work(ct);
            await transaction.CommitAsync(ct);
        }, cancellationToken);
    }
}

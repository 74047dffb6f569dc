using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Claims due jobs for one node with a single UPDATE: only rows without an owner (or with an expired claim) are taken,
/// so two nodes never hold the same job at once. Raw SQL per provider, since the claim crosses every town.
/// </summary>
public sealed class JobClaims(PortalDbContext db, DatabaseSettings database)
{
    public async Task<List<WorkflowJob>> ClaimAsync(string owner, int batchSize, DateTime now, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var expiry = now + lockFor;
        if (database.Provider == DatabaseProvider.MySql)
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE `WorkflowJobs` SET `LockOwner` = {owner}, `LockExpiry` = {expiry}
                WHERE `DueTime` <= {now} AND `Failed` = 0 AND (`LockOwner` IS NULL OR `LockExpiry` < {now})
                ORDER BY `DueTime` LIMIT {batchSize}
                """, cancellationToken);
        }
        else
        {
            await db.Database.ExecuteSqlAsync($"""
                UPDATE "WorkflowJobs" SET "LockOwner" = {owner}, "LockExpiry" = {expiry}
                WHERE "Id" IN (SELECT "Id" FROM "WorkflowJobs"
                    WHERE "DueTime" <= {now} AND "Failed" = 0 AND ("LockOwner" IS NULL OR "LockExpiry" < {now})
                    ORDER BY "DueTime" LIMIT {batchSize})
                """, cancellationToken);
        }
        return await db.Set<WorkflowJob>().IgnoreQueryFilters().AsNoTracking().Where(j => j.LockOwner == owner).ToListAsync(cancellationToken);
    }

    /// <summary>Gives a claim back (the instance was busy); the job is due again at once.</summary>
    public Task ReleaseAsync(Guid jobId, string owner, CancellationToken cancellationToken) =>
        db.Set<WorkflowJob>().IgnoreQueryFilters().Where(j => j.Id == jobId && j.LockOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, (string?)null).SetProperty(j => j.LockExpiry, (DateTime?)null), cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Claims due jobs for one node: reads the ids of due, unclaimed jobs (index on DueTime), then one UPDATE sets the
/// owner on those ids that are still claimable, so two nodes that read the same ids never both hold a job; the rows
/// this node got are read back by primary key (never by LockOwner alone: it has no index). Crosses every town on purpose.
/// </summary>
public sealed class JobClaims(PortalDbContext db)
{
    public async Task<List<WorkflowJob>> ClaimAsync(string owner, int batchSize, DateTime now, TimeSpan lockFor, CancellationToken cancellationToken)
    {
        var expiry = now + lockFor;
        var claimable = db.Set<WorkflowJob>().IgnoreQueryFilters()
            .Where(j => j.DueTime <= now && !j.Failed && (j.LockOwner == null || j.LockExpiry < now));
        var due = await claimable.AsNoTracking().OrderBy(j => j.DueTime).Select(j => j.Id).Take(batchSize).ToListAsync(cancellationToken);
        if (due.Count == 0)
        {
            return [];
        }
        // The whole condition again, on the rows as they are now: whichever node updates a row first takes it, the
        // other's UPDATE skips it; a job failed or postponed since the read is skipped too.
        var claimed = await claimable.Where(j => due.Contains(j.Id))
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, owner).SetProperty(j => j.LockExpiry, expiry), cancellationToken);
        return claimed == 0 ? []
            : await db.Set<WorkflowJob>().IgnoreQueryFilters().AsNoTracking().Where(j => due.Contains(j.Id) && j.LockOwner == owner).ToListAsync(cancellationToken);
    }

    /// <summary>Gives a claim back (the instance was busy); the job is due again at once.</summary>
    public Task ReleaseAsync(Guid jobId, string owner, CancellationToken cancellationToken) =>
        db.Set<WorkflowJob>().IgnoreQueryFilters().Where(j => j.Id == jobId && j.LockOwner == owner)
            .ExecuteUpdateAsync(s => s.SetProperty(j => j.LockOwner, (string?)null).SetProperty(j => j.LockExpiry, (DateTime?)null), cancellationToken);
}

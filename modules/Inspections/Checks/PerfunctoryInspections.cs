using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Inspections;

namespace SafetyPortal.Inspections.Checks;

/// <summary>The kernel contract for early warnings: flagged submissions of the current town.</summary>
internal sealed class PerfunctoryInspections(PortalDbContext db) : IPerfunctoryInspections
{
    public async Task<IReadOnlyList<PerfunctoryInspection>> GetSubmittedSinceAsync(DateTime sinceUtc, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<InspectionTask>().AsNoTracking()
            .Where(t => t.Status == InspectionTaskStatus.Submitted && t.Flags != PerfunctoryFlags.None && t.SubmittedTime >= sinceUtc)
            .OrderBy(t => t.SubmittedTime)
            .Select(t => new { t.Id, t.EnterpriseId, t.Tier, t.SubmittedTime, t.Flags })
            .ToListAsync(cancellationToken);
        return rows.Select(r => new PerfunctoryInspection(r.Id, r.EnterpriseId, r.Tier.ToString(), r.SubmittedTime!.Value, r.Flags.Names())).ToList();
    }
}

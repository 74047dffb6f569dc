using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// Closes a tier's cycles that began before a day (the next period opened): tasks not submitted are missed and their
/// processes end, and nothing more is answered. Each missed task's process hears of it before the task is marked, so a
/// run stopped half way is finished by the next one.
/// </summary>
public sealed class CloseInspectionCycles(PortalDbContext db, IWorkflowRuntime workflows, TimeProvider clock)
{
    private static readonly InspectionTaskStatus[] Unfinished = [InspectionTaskStatus.Open, InspectionTaskStatus.InProgress];

    public async Task<int> CloseBeforeAsync(InspectionTier tier, DateOnly periodStart, CancellationToken cancellationToken)
    {
        var cycles = await db.Set<InspectionCycle>().AsNoTracking()
            .Where(c => c.Tier == tier && c.Status == InspectionCycleStatus.Open && c.PeriodStart < periodStart)
            .Select(c => c.Id).ToListAsync(cancellationToken);
        var missed = 0;
        foreach (var cycleId in cycles)
        {
            var unfinished = db.Set<InspectionTask>().Where(t => t.CycleId == cycleId && Unfinished.Contains(t.Status));
            foreach (var taskId in await unfinished.Select(t => t.Id).ToListAsync(cancellationToken))
            {
                await workflows.CorrelateAsync(InspectionProcess.MissedMessage, taskId.ToString(), null, cancellationToken);
            }
            missed += await unfinished.ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, InspectionTaskStatus.Missed), cancellationToken);
            var now = clock.GetUtcNow().UtcDateTime;
            await db.Set<InspectionCycle>().Where(c => c.Id == cycleId).ExecuteUpdateAsync(s => s
                .SetProperty(c => c.Status, InspectionCycleStatus.Closed)
                .SetProperty(c => c.ClosedTime, now), cancellationToken);
        }
        return missed;
    }
}

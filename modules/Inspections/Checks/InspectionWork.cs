using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// The task someone is about to answer or submit, tracked, once it is sure they may: it is in their scope (else 404), theirs
/// to do (else 403), and still takes answers — not submitted, its cycle not closed (else a 400 on "status").
/// </summary>
public sealed class InspectionWork(PortalDbContext db, InspectionTaskScope scope, IStringLocalizer<InspectionsResource> text)
{
    public async Task<InspectionTask> LoadAsync(Guid taskId, CancellationToken cancellationToken)
    {
        var visible = await scope.FindAsync(taskId, cancellationToken);
        if (!await scope.MayPerformAsync(visible, cancellationToken))
        {
            throw new ForbiddenException(text["Check.NotYours"]);
        }
        var task = await db.Set<InspectionTask>().FirstAsync(t => t.Id == taskId, cancellationToken);
        var cycleOpen = await db.Set<InspectionCycle>().AnyAsync(c => c.Id == task.CycleId && c.Status == InspectionCycleStatus.Open, cancellationToken);
        if (task.Status == InspectionTaskStatus.Submitted)
        {
            throw ValidationException.For("status", text["Check.AlreadySubmitted"]);
        }
        if (task.Status == InspectionTaskStatus.Missed || !cycleOpen)
        {
            throw ValidationException.For("status", text["Check.CycleClosed"]);
        }
        return task;
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Checks;

/// <summary>
/// Which inspection tasks a reader sees (the bureau every town's, a town its own, enterprise staff their enterprises') and
/// which they may do: a self-check the enterprise's safety staff, a patrol or an inspection its assignee (or, unassigned,
/// anyone holding the tier's permission).
/// </summary>
public sealed class InspectionTaskScope(PortalDbContext db, SignedInUser user)
{
    public bool IsBureau => user.TenantId is null;

    public Task<IQueryable<InspectionTask>> VisibleAsync(Guid? townId, CancellationToken cancellationToken) =>
        db.VisibleAsync<InspectionTask>(user, townId, cancellationToken);

    public async Task<InspectionTask> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await (await VisibleAsync(null, cancellationToken)).FirstOrDefaultAsync(t => t.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(InspectionTask), id);

    public async Task<bool> MayPerformAsync(InspectionTask task, CancellationToken cancellationToken)
    {
        if (IsBureau || !await user.IsGrantedAsync(PermissionOf(task.Tier)))
        {
            return false;
        }
        if (task.Tier == InspectionTier.SelfCheck)
        {
            // Enterprise staff only: the town's own people patrol and inspect, they do not self-check for the enterprise.
            return await user.VisibleEnterprisesAsync(cancellationToken) is { } visible && visible.Contains(task.EnterpriseId);
        }
        return task.AssigneeId is null || task.AssigneeId == user.Id;
    }

    public static string PermissionOf(InspectionTier tier) => tier switch
    {
        InspectionTier.SelfCheck => InspectionsPermissions.Checks.SelfCheck,
        InspectionTier.Patrol => InspectionsPermissions.Checks.Patrol,
        _ => InspectionsPermissions.Checks.Inspect,
    };
}

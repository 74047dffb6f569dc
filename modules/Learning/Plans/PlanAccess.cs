using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// Which plans the signed-in user sees and may edit. The bureau sees its own plans; a town the bureau's and its own
/// (the town filter lifted and put back as "host or mine", explicitly); enterprise staff the bureau's, the town's and
/// their own enterprise's. Only the owner edits: the bureau its plans, the town its plans, enterprise staff their enterprise's.
/// </summary>
public sealed class PlanAccess(PortalDbContext db, ICurrentTenant currentTenant, IEnterpriseDirectory directory)
{
    private IReadOnlyList<Guid>? _visible;
    private bool _visibleRead;

    /// <summary>The enterprises of an enterprise user; null for town staff and the bureau.</summary>
    public async Task<IReadOnlyList<Guid>?> VisibleEnterprisesAsync(CancellationToken cancellationToken = default)
    {
        if (!_visibleRead)
        {
            _visible = currentTenant.Id is null ? null : await directory.GetVisibleEnterpriseIdsAsync(cancellationToken);
            _visibleRead = true;
        }
        return _visible;
    }

    /// <summary>The bureau's plans and, in a town, the town's: what the town's enrolment job evaluates.</summary>
    public IQueryable<TrainingPlan> TownPlans()
    {
        var townId = currentTenant.Id;
        return db.Set<TrainingPlan>().IgnoreQueryFilters().Where(p => p.TenantId == null || (townId != null && p.TenantId == townId));
    }

    public async Task<IQueryable<TrainingPlan>> VisibleAsync(CancellationToken cancellationToken = default)
    {
        var visible = await VisibleEnterprisesAsync(cancellationToken);
        var plans = TownPlans();
        return visible is null ? plans : plans.Where(p => p.EnterpriseId == null || visible.Contains(p.EnterpriseId.Value));
    }

    public async Task<bool> CanEditAsync(TrainingPlan plan, CancellationToken cancellationToken = default)
    {
        var visible = await VisibleEnterprisesAsync(cancellationToken);
        // Town plans belong to town staff, an enterprise's plans to its own staff.
        return plan.TenantId == currentTenant.Id
            && (plan.EnterpriseId is { } enterprise ? visible is not null && visible.Contains(enterprise) : visible is null);
    }

    /// <summary>A visible plan with its courses, or 404.</summary>
    public async Task<TrainingPlan> GetAsync(Guid id, CancellationToken cancellationToken = default) =>
        await (await VisibleAsync(cancellationToken)).Include(p => p.Courses).FirstOrDefaultAsync(p => p.Id == id, cancellationToken)
        ?? throw new Platform.Domain.EntityNotFoundException(typeof(TrainingPlan), id);
}

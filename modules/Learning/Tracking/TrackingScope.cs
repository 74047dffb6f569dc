using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Tracking;

/// <summary>
/// The enrolments a tracking user may count: the bureau every town's (the town filter lifted on the host only), town
/// staff their town's, enterprise staff their own enterprises'. The filter's criteria narrow them further.
/// </summary>
public sealed class TrackingScope(PortalDbContext db, ICurrentTenant currentTenant, PlanAccess access, IEnterpriseDirectory directory,
    IStringLocalizer<LearningResource> text)
{
    public bool IsBureau => currentTenant.Id is null;

    public async Task<IQueryable<Enrolment>> EnrolmentsAsync(TrackingFilter filter, DateTime now, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var enrolments = IsBureau ? db.Set<Enrolment>().IgnoreQueryFilters().Where(e => e.TenantId != null) : db.Set<Enrolment>();
        enrolments = enrolments.AsNoTracking().Where(e => e.IsActive);
        if (IsBureau && filter.TownId is { } town)
        {
            enrolments = enrolments.Where(e => e.TenantId == town);
        }
        if (await access.VisibleEnterprisesAsync(cancellationToken) is { } visible)
        {
            enrolments = enrolments.Where(e => visible.Contains(e.EnterpriseId));
        }
        if (filter.EnterpriseId is { } enterprise)
        {
            enrolments = enrolments.Where(e => e.EnterpriseId == enterprise);
        }
        if (filter.UnitId is { } unit)
        {
            enrolments = enrolments.Where(e => e.UnitId == unit);
        }
        if (filter.PlanId is { } plan)
        {
            enrolments = enrolments.Where(e => e.PlanId == plan);
        }
        if (filter.Audience is { } audience)
        {
            enrolments = enrolments.Where(e => e.PrimaryAudience == audience);
        }
        return filter.State switch
        {
            TrackingState.Completed => enrolments.Where(e => e.CompletedTime != null),
            TrackingState.Pending => enrolments.Where(e => e.CompletedTime == null),
            TrackingState.Overdue => enrolments.Where(e => e.CompletedTime == null && e.Deadline <= now),
            _ => enrolments,
        };
    }

    /// <summary>An enterprise of the current town the user may track, or 404 (another town's, unknown) / 403 (not theirs).</summary>
    public async Task<EnterpriseSummary> EnterpriseAsync(Guid enterpriseId, CancellationToken cancellationToken = default)
    {
        if (IsBureau)
        {
            throw new ForbiddenException(text["Tracking.TownOnly"]);
        }
        var found = await directory.GetAsync([enterpriseId], cancellationToken);
        if (!found.TryGetValue(enterpriseId, out var enterprise))
        {
            throw new Platform.Domain.EntityNotFoundException(typeof(EnterpriseSummary), enterpriseId);
        }
        if (await access.VisibleEnterprisesAsync(cancellationToken) is { } visible && !visible.Contains(enterpriseId))
        {
            throw new ForbiddenException(text["Tracking.NotYourEnterprise"]);
        }
        return enterprise;
    }

    /// <summary>Town views are for town staff: not the bureau (which has its own) and not enterprise staff.</summary>
    public async Task RequireTownStaffAsync(CancellationToken cancellationToken = default)
    {
        if (IsBureau || await access.VisibleEnterprisesAsync(cancellationToken) is not null)
        {
            throw new ForbiddenException(text["Tracking.TownOnly"]);
        }
    }

    public void RequireBureau()
    {
        if (!IsBureau)
        {
            throw new ForbiddenException(text["Tracking.BureauOnly"]);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Plans;

/// <summary>培训计划: list, read, create, edit, publish (which enrols the audience), close and delete drafts.</summary>
public sealed class ManagePlans(PortalDbContext db, ICurrentTenant currentTenant, PlanAccess access, PlanValidation validation,
    PlanConditions conditions, IStaffRoster roster, EnrolAudience enrol, TimeProvider clock, IStringLocalizer<LearningResource> text)
{
    public async Task<PagedResult<PlanSummaryDto>> ListAsync(PageRequest page, PlanFilter filter, CancellationToken cancellationToken = default)
    {
        var plans = (await access.VisibleAsync(cancellationToken)).AsNoTracking();
        if (page.SearchText is { } search)
        {
            plans = plans.Where(p => p.Title.Contains(search));
        }
        if (filter.Status is { } status)
        {
            plans = plans.Where(p => p.Status == status);
        }
        plans = filter.Owner switch
        {
            TrainingPlanOwner.Bureau => plans.Where(p => p.TenantId == null),
            TrainingPlanOwner.Town => plans.Where(p => p.TenantId != null && p.EnterpriseId == null),
            TrainingPlanOwner.Enterprise => plans.Where(p => p.EnterpriseId != null),
            _ => plans,
        };
        if (filter.EnterpriseId is { } enterpriseId)
        {
            plans = plans.Where(p => p.EnterpriseId == enterpriseId);
        }
        // The plan query lifts the town filter (bureau plans are host rows), which lifts it in the whole query: put it back here.
        var townId = currentTenant.Id;
        var enrolments = db.Set<Enrolment>().IgnoreQueryFilters().Where(e => e.IsActive && townId != null && e.TenantId == townId);
        return await plans.OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Title)
            .Select(p => new PlanSummaryDto(p.Id, p.TenantId == null ? TrainingPlanOwner.Bureau : p.EnterpriseId == null ? TrainingPlanOwner.Town : TrainingPlanOwner.Enterprise,
                p.EnterpriseId, p.Title, p.Audience, p.PeriodStart, p.PeriodEnd, p.Deadline, p.RequiredHours, p.Status,
                enrolments.Count(e => e.PlanId == p.Id)))
            .ToPagedResultAsync(page, cancellationToken);
    }

    public async Task<PlanDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await access.GetAsync(id, cancellationToken);
        return ToDto(plan, await access.CanEditAsync(plan, cancellationToken));
    }

    public async Task<PlanDto> CreateAsync(SavePlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = new TrainingPlan { TenantId = currentTenant.Id };
        await ApplyAsync(plan, request, cancellationToken);
        db.Add(plan);
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(plan, canEdit: true);
    }

    public async Task<PlanDto> UpdateAsync(Guid id, SavePlanRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var plan = await EditableAsync(id, request.ConcurrencyStamp, cancellationToken);
        if (plan.Status == TrainingPlanStatus.Closed)
        {
            throw new ForbiddenException(text["Plans.Closed"]);
        }
        await ApplyAsync(plan, request, cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        if (plan.Status == TrainingPlanStatus.Published && currentTenant.Id is not null)
        {
            await enrol.EnrolPlanAsync(plan, cancellationToken);
        }
        return ToDto(plan, canEdit: true);
    }

    /// <summary>Publishes a draft and enrols its audience now (a town's or enterprise's plan) or through the job in every town (the bureau's).</summary>
    public async Task<PlanDto> PublishAsync(Guid id, string? concurrencyStamp, CancellationToken cancellationToken = default)
    {
        var plan = await EditableAsync(id, concurrencyStamp, cancellationToken);
        if (plan.Status != TrainingPlanStatus.Draft)
        {
            throw new ForbiddenException(text["Plans.NotDraft"]);
        }
        plan.Status = TrainingPlanStatus.Published;
        plan.PublishedTime = clock.GetUtcNow().UtcDateTime;
        await db.SaveChangesAsync(cancellationToken);
        await enrol.EnrolAfterPublishingAsync(plan, cancellationToken);
        return ToDto(plan, canEdit: true);
    }

    /// <summary>Evaluates the audience again now (new hires, changes of post) and refreshes progress.</summary>
    public async Task<EnrolmentResult> EnrolNowAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await access.GetAsync(id, cancellationToken);
        if (!await access.CanEditAsync(plan, cancellationToken) && !(currentTenant.Id is not null && await access.VisibleEnterprisesAsync(cancellationToken) is null))
        {
            throw new ForbiddenException(text["Plans.NotOwner"]);
        }
        if (plan.Status != TrainingPlanStatus.Published)
        {
            throw new ForbiddenException(text["Plans.NotPublished"]);
        }
        return currentTenant.Id is null ? await enrol.EnqueueEveryTownAsync(plan, cancellationToken) : await enrol.EnrolPlanAsync(plan, cancellationToken);
    }

    public async Task<PlanDto> CloseAsync(Guid id, string? concurrencyStamp, CancellationToken cancellationToken = default)
    {
        var plan = await EditableAsync(id, concurrencyStamp, cancellationToken);
        plan.Status = TrainingPlanStatus.Closed;
        await db.SaveChangesAsync(cancellationToken);
        return ToDto(plan, canEdit: true);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var plan = await EditableAsync(id, null, cancellationToken);
        if (plan.Status != TrainingPlanStatus.Draft)
        {
            throw new ForbiddenException(text["Plans.NotDraft"]);
        }
        db.Remove(plan);
        await db.SaveChangesAsync(cancellationToken);
    }

    private async Task<TrainingPlan> EditableAsync(Guid id, string? concurrencyStamp, CancellationToken cancellationToken)
    {
        var plan = await access.GetAsync(id, cancellationToken);
        if (!await access.CanEditAsync(plan, cancellationToken))
        {
            throw new ForbiddenException(text["Plans.NotOwner"]);
        }
        if (concurrencyStamp is not null)
        {
            db.Entry(plan).Property(p => p.ConcurrencyStamp).OriginalValue = concurrencyStamp;
        }
        return plan;
    }

    private async Task ApplyAsync(TrainingPlan plan, SavePlanRequest request, CancellationToken cancellationToken)
    {
        var errors = new ValidationErrors();
        await validation.CheckAsync(request, errors, cancellationToken);
        var enterpriseId = await EnterpriseOfAsync(plan, request, errors, cancellationToken);
        if (enterpriseId is null && request.Conditions is { Count: > 0 })
        {
            await conditions.CheckAsync(request.Conditions, errors, cancellationToken);
        }
        var unitCode = await UnitCodeAsync(request.OrganizationUnitId, enterpriseId, errors, cancellationToken);
        errors.ThrowIfAny();

        var published = plan.Status != TrainingPlanStatus.Draft;
        plan.Title = request.Title!.Trim();
        plan.Description = string.IsNullOrWhiteSpace(request.Description) ? null : request.Description.Trim();
        plan.Deadline = request.Deadline!.Value.ToUniversalTime();
        plan.RequiredHours = request.RequiredHours!.Value;
        if (published)
        {
            // Who is enrolled and what counts are fixed once people study; only the terms above may still change.
            return;
        }
        plan.EnterpriseId = enterpriseId;
        plan.Audience = request.Audience;
        plan.ConditionsJson = enterpriseId is null ? PlanConditions.Write(request.Conditions) : null;
        plan.OrganizationUnitId = request.OrganizationUnitId;
        plan.OrganizationUnitCode = unitCode;
        plan.PeriodStart = request.PeriodStart!.Value.ToUniversalTime();
        plan.PeriodEnd = request.PeriodEnd!.Value.ToUniversalTime();
        plan.ExamId = request.ExamId;
        var courseIds = request.CourseIds!.Distinct().ToList();
        plan.Courses.RemoveAll(c => !courseIds.Contains(c.CourseId));
        foreach (var (courseId, order) in courseIds.Select((c, i) => (c, i)))
        {
            var course = plan.Courses.Find(c => c.CourseId == courseId);
            if (course is null)
            {
                plan.Courses.Add(course = new TrainingPlanCourse { PlanId = plan.Id, CourseId = courseId });
            }
            course.Order = order;
        }
    }

    /// <summary>Enterprise staff always plan for their own enterprise; town staff for the town or an enterprise of it; the bureau for every town.</summary>
    private async Task<Guid?> EnterpriseOfAsync(TrainingPlan plan, SavePlanRequest request, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (plan.Status != TrainingPlanStatus.Draft)
        {
            return plan.EnterpriseId;
        }
        var visible = await access.VisibleEnterprisesAsync(cancellationToken);
        if (currentTenant.Id is null)
        {
            if (request.EnterpriseId is not null)
            {
                errors.Add("enterpriseId", text["Plans.BureauNoEnterprise"]);
            }
            return null;
        }
        if (visible is not null)
        {
            var own = request.EnterpriseId ?? (visible.Count == 1 ? visible[0] : (Guid?)null);
            if (own is null || !visible.Contains(own.Value))
            {
                errors.Add("enterpriseId", text["Plans.EnterpriseNotYours"]);
            }
            return own;
        }
        if (request.EnterpriseId is not null)
        {
            // A town plan for one enterprise names it as its organization unit; an enterprise's own plans are its staff's.
            errors.Add("enterpriseId", text["Plans.TownPlanNoEnterprise"]);
        }
        return null;
    }

    private async Task<string?> UnitCodeAsync(Guid? unitId, Guid? enterpriseId, ValidationErrors errors, CancellationToken cancellationToken)
    {
        if (unitId is null)
        {
            return null;
        }
        if (currentTenant.Id is null)
        {
            errors.Add("organizationUnitId", text["Plans.BureauNoUnit"]);
            return null;
        }
        if (await roster.CodeWithinAsync(unitId.Value, enterpriseId, cancellationToken) is not { } code)
        {
            errors.Add("organizationUnitId", text["Plans.UnitUnknown"]);
            return null;
        }
        return code;
    }

    private static PlanDto ToDto(TrainingPlan p, bool canEdit) => new(p.Id, p.Owner, p.EnterpriseId, p.Title, p.Description, p.Audience,
        PlanConditions.Read(p.ConditionsJson), p.OrganizationUnitId, p.PeriodStart, p.PeriodEnd, p.Deadline, p.RequiredHours,
        [.. p.Courses.OrderBy(c => c.Order).Select(c => c.CourseId)], p.ExamId, p.Status, p.PublishedTime, p.LastEnrolmentTime, canEdit, p.ConcurrencyStamp);
}

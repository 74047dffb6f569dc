using SafetyPortal.Platform.Learning;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Plans;

/// <summary>The field checks of a plan: every problem of the request in one 400, named by field.</summary>
public sealed class PlanValidation(PortalDbContext db, ICurrentTenant currentTenant, IStringLocalizer<LearningResource> text)
{
    public const decimal MaxRequiredHours = 500;

    private const TrainingAudience AllAudiences = TrainingAudience.Principal | TrainingAudience.SafetyManager
        | TrainingAudience.Frontline | TrainingAudience.SpecialOperations;

    public async Task CheckAsync(SavePlanRequest request, ValidationErrors errors, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(request.Title))
        {
            errors.Add("title", text["Plans.TitleRequired"]);
        }
        else if (request.Title.Trim().Length > TrainingPlan.MaxTitleLength)
        {
            errors.Add("title", text["Plans.TooLong", TrainingPlan.MaxTitleLength]);
        }
        if (request.Description?.Length > TrainingPlan.MaxDescriptionLength)
        {
            errors.Add("description", text["Plans.TooLong", TrainingPlan.MaxDescriptionLength]);
        }
        if ((request.Audience & ~AllAudiences) != 0)
        {
            errors.Add("audience", text["Plans.AudienceInvalid"]);
        }
        CheckPeriod(request, errors);
        if (request.RequiredHours is not { } hours || hours <= 0 || hours > MaxRequiredHours || decimal.Round(hours, 2) != hours)
        {
            errors.Add("requiredHours", text["Plans.HoursInvalid", MaxRequiredHours]);
        }
        await CheckCoursesAsync(request.CourseIds, errors, cancellationToken);
    }

    private void CheckPeriod(SavePlanRequest request, ValidationErrors errors)
    {
        if (request.PeriodStart is null)
        {
            errors.Add("periodStart", text["Plans.Required"]);
        }
        if (request.PeriodEnd is null)
        {
            errors.Add("periodEnd", text["Plans.Required"]);
        }
        if (request.Deadline is null)
        {
            errors.Add("deadline", text["Plans.Required"]);
        }
        if (request is { PeriodStart: { } start, PeriodEnd: { } end })
        {
            if (end <= start)
            {
                errors.Add("periodEnd", text["Plans.PeriodReversed"]);
            }
            else if (request.Deadline is { } deadline && (deadline <= start || deadline > end))
            {
                errors.Add("deadline", text["Plans.DeadlineOutsidePeriod"]);
            }
        }
    }

    private async Task CheckCoursesAsync(IReadOnlyList<Guid>? courseIds, ValidationErrors errors, CancellationToken cancellationToken)
    {
        var ids = (courseIds ?? []).Distinct().ToList();
        if (ids.Count == 0)
        {
            errors.Add("courseIds", text["Plans.CoursesRequired"]);
            return;
        }
        if (ids.Count > TrainingPlan.MaxCourses)
        {
            errors.Add("courseIds", text["Plans.TooManyCourses", TrainingPlan.MaxCourses]);
            return;
        }
        // The bureau's courses and, in a town, the town's own (its enterprises' internal courses included).
        var townId = currentTenant.Id;
        var known = await db.Set<Course>().IgnoreQueryFilters()
            .Where(c => ids.Contains(c.Id) && (c.TenantId == null || (townId != null && c.TenantId == townId)))
            .Select(c => c.Id).ToListAsync(cancellationToken);
        foreach (var missing in ids.Except(known))
        {
            errors.Add("courseIds", text["Plans.CourseUnknown", missing]);
        }
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Plans;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Learning.Tracking;

/// <summary>我的学习: the signed-in user's plans (progress refreshed from the ledger first), open ones first, by deadline.</summary>
public sealed class ReadMyLearning(PortalDbContext db, ProgressRefresh progress, TimeProvider clock)
{
    public const string CoursePage = "/Learning/Courses/";

    public async Task<IReadOnlyList<MyPlanDto>> ListAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var planIds = await db.Set<Enrolment>().Where(e => e.UserId == userId && e.IsActive).Select(e => e.PlanId).ToListAsync(cancellationToken);
        var plans = await db.Set<TrainingPlan>().IgnoreQueryFilters().Include(p => p.Courses)
            .Where(p => planIds.Contains(p.Id)).ToListAsync(cancellationToken);
        foreach (var plan in plans.Where(p => p.Status == TrainingPlanStatus.Published))
        {
            await progress.RefreshAsync(plan, userId, cancellationToken);
        }
        var enrolments = await db.Set<Enrolment>().AsNoTracking().Where(e => e.UserId == userId && e.IsActive).ToListAsync(cancellationToken);
        var courseIds = plans.SelectMany(p => p.Courses).Select(c => c.CourseId).Distinct().ToList();
        var courses = await db.Set<Course>().IgnoreQueryFilters().AsNoTracking().Where(c => courseIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Title, c.CreditHours }, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var byId = plans.ToDictionary(p => p.Id);
        return [.. enrolments.Where(e => byId.ContainsKey(e.PlanId)).Select(e =>
            {
                var plan = byId[e.PlanId];
                return new MyPlanDto(e.Id, plan.Id, plan.Title, plan.Description, plan.PeriodStart, plan.PeriodEnd, e.Deadline, e.RequiredHours,
                    e.HoursEarned, e.CompletedTime, e.IsOverdue(now), plan.ExamId,
                    [.. plan.Courses.OrderBy(c => c.Order).Where(c => courses.ContainsKey(c.CourseId))
                        .Select(c => new MyPlanCourseDto(c.CourseId, courses[c.CourseId].Title, courses[c.CourseId].CreditHours, CoursePage + c.CourseId))]);
            })
            .OrderBy(p => p.CompletedTime is not null).ThenBy(p => p.Deadline)];
    }
}

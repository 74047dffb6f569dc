using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// Keeps <see cref="Enrolment.HoursEarned"/> equal to the ledger hours of the plan's courses earned in its period:
/// one grouped query over the ledger per plan, then only the enrolments whose figure changed are written.
/// </summary>
public sealed class ProgressRefresh(PortalDbContext db, TimeProvider clock)
{
    /// <summary>The plan's enrolments in the current town (or only one person's); returns how many changed. Saves.</summary>
    public async Task<int> RefreshAsync(TrainingPlan plan, Guid? userId = null, CancellationToken cancellationToken = default)
    {
        var courseIds = plan.Courses.Select(c => (Guid?)c.CourseId).ToList();
        var entries = db.Set<CreditHourEntry>().Where(e => courseIds.Contains(e.CourseId) && e.EarnedTime >= plan.PeriodStart && e.EarnedTime < plan.PeriodEnd);
        var enrolments = db.Set<Enrolment>().Where(e => e.PlanId == plan.Id);
        if (userId is { } user)
        {
            entries = entries.Where(e => e.UserId == user);
            enrolments = enrolments.Where(e => e.UserId == user);
        }
        var hours = await entries.GroupBy(e => e.UserId).Select(g => new { g.Key, Hours = g.Sum(e => e.Hours) })
            .ToDictionaryAsync(g => g.Key, g => g.Hours, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var changed = 0;
        foreach (var enrolment in await enrolments.ToListAsync(cancellationToken))
        {
            var earned = Math.Min(hours.GetValueOrDefault(enrolment.UserId), 9999m);
            if (earned != enrolment.HoursEarned || (enrolment.CompletedTime is null && earned >= enrolment.RequiredHours))
            {
                enrolment.RecordHours(earned, now);
                changed++;
            }
        }
        await db.SaveChangesAsync(cancellationToken);
        return changed;
    }
}

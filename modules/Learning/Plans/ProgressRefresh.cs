using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Learning.Tracking;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// Keeps <see cref="Enrolment.HoursEarned"/> equal to the ledger hours of the plan's courses earned in its period:
/// one grouped query over the ledger per plan, then only the enrolments whose figure changed are written. The coverage
/// summary follows: rebuilt for the plan after a plan-wide refresh, moved by the changes of one person's.
/// </summary>
public sealed class ProgressRefresh(PortalDbContext db, TrainingCoverage coverage, TimeProvider clock)
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
        var changed = new List<(Enrolment, decimal, bool)>();
        foreach (var enrolment in await enrolments.ToListAsync(cancellationToken))
        {
            var earned = Math.Min(hours.GetValueOrDefault(enrolment.UserId), 9999m);
            if (earned != enrolment.HoursEarned || (enrolment.CompletedTime is null && earned >= enrolment.RequiredHours))
            {
                changed.Add((enrolment, enrolment.HoursEarned, enrolment.CompletedTime is not null));
                enrolment.RecordHours(earned, now);
            }
        }
        if (userId is null)
        {
            await db.SaveChangesAsync(cancellationToken);
            await coverage.RebuildPlanAsync(plan.Id, cancellationToken);
        }
        else if (changed.Count > 0)
        {
            await coverage.InTransactionAsync(async ct =>
            {
                await db.SaveChangesAsync(ct);
                await coverage.MoveAsync(changed, ct);
            }, cancellationToken);
        }
        return changed.Count;
    }
}

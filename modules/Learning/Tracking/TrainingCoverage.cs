using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Tracking;

/// <summary>
/// Keeps the coverage summary (<see cref="PlanCoverage"/>, <see cref="EnterpriseCoverage"/>) of the current town equal
/// to its active enrolments: a plan's rows are replaced after every plan-wide change (the enrolment job, publishing,
/// a plan-wide progress refresh), the people counts after enrolments were added, moved or removed, and a learner's
/// own progress moves their enterprise's row in the same transaction. A rebuild that races a learner's progress
/// may miss it until the next hourly run of the enrolment job rebuilds the plan.
/// </summary>
public sealed class TrainingCoverage(PortalDbContext db, ICurrentTenant currentTenant)
{
    /// <summary>Replaces the town's summary rows of one plan. Saves.</summary>
    public Task RebuildPlanAsync(Guid planId, CancellationToken cancellationToken = default)
    {
        var town = Town();
        return InTransactionAsync(async ct =>
        {
            var rows = await db.Set<Enrolment>().AsNoTracking().Where(e => e.PlanId == planId && e.IsActive)
                .GroupBy(e => new { e.EnterpriseId, e.Deadline })
                .Select(g => new PlanCoverage
                {
                    TenantId = town, PlanId = planId, EnterpriseId = g.Key.EnterpriseId, Deadline = g.Key.Deadline,
                    Enrolled = g.Count(), Completed = g.Count(e => e.CompletedTime != null),
                    HoursEarned = g.Sum(e => e.HoursEarned), HoursRequired = g.Sum(e => e.RequiredHours),
                })
                .ToListAsync(ct);
            await db.Set<PlanCoverage>().Where(c => c.PlanId == planId).ExecuteDeleteAsync(ct);
            db.AddRange(rows);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Builds the rows of the town's plans that have active enrolments but no summary yet (closed and past plans after
    /// an upgrade: the enrolment job only revisits open plans) and the people counts; the hourly enrolment job's last step.
    /// </summary>
    public async Task RebuildMissingAsync(CancellationToken cancellationToken = default)
    {
        var summarised = db.Set<PlanCoverage>().Select(c => c.PlanId);
        var missing = await db.Set<Enrolment>().Where(e => e.IsActive && !summarised.Contains(e.PlanId)).Select(e => e.PlanId).Distinct()
            .ToListAsync(cancellationToken);
        foreach (var planId in missing)
        {
            await RebuildPlanAsync(planId, cancellationToken);
        }
        await RebuildPeopleAsync(cancellationToken);
    }

    /// <summary>Replaces the town's people counts per enterprise. Saves.</summary>
    public Task RebuildPeopleAsync(CancellationToken cancellationToken = default)
    {
        var town = Town();
        return InTransactionAsync(async ct =>
        {
            var rows = await db.Set<Enrolment>().AsNoTracking().Where(e => e.IsActive)
                .GroupBy(e => e.EnterpriseId)
                .Select(g => new EnterpriseCoverage { TenantId = town, EnterpriseId = g.Key, People = g.Select(e => e.UserId).Distinct().Count() })
                .ToListAsync(ct);
            await db.Set<EnterpriseCoverage>().ExecuteDeleteAsync(ct);
            db.AddRange(rows);
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
    }

    /// <summary>
    /// Moves the summary by the progress of single enrolments (hours and completion before the change given), inside
    /// the caller's transaction. Inactive enrolments are not counted, so they move nothing.
    /// </summary>
    public async Task MoveAsync(IEnumerable<(Enrolment Enrolment, decimal HoursBefore, bool CompletedBefore)> changes, CancellationToken cancellationToken = default)
    {
        foreach (var group in changes.Where(c => c.Enrolment.IsActive).GroupBy(c => (c.Enrolment.EnterpriseId, c.Enrolment.PlanId, c.Enrolment.Deadline)))
        {
            var hours = group.Sum(c => c.Enrolment.HoursEarned - c.HoursBefore);
            var completed = group.Sum(c => (c.Enrolment.CompletedTime is null ? 0 : 1) - (c.CompletedBefore ? 1 : 0));
            var (enterpriseId, planId, deadline) = group.Key;
            await db.Set<PlanCoverage>().Where(c => c.EnterpriseId == enterpriseId && c.PlanId == planId && c.Deadline == deadline)
                .ExecuteUpdateAsync(s => s.SetProperty(c => c.HoursEarned, c => c.HoursEarned + hours).SetProperty(c => c.Completed, c => c.Completed + completed),
                    cancellationToken);
        }
    }

    /// <summary>Runs the work in the caller's transaction, or in one of its own.</summary>
    public Task InTransactionAsync(Func<CancellationToken, Task> work, CancellationToken cancellationToken = default) =>
        db.Database.CurrentTransaction is null ? db.InTransactionAsync(work, cancellationToken) : work(cancellationToken);

    private Guid Town() => currentTenant.Id ?? throw new InvalidOperationException("The coverage summary is kept inside a town.");
}

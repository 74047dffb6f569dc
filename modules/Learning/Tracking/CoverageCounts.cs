using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Tracking;

/// <summary>
/// The town's and the bureau's coverage tables read from the summary rows instead of the enrolments: sums per enterprise
/// or per town, overdue counted against the clock, people from the per-enterprise counts (a plan's people are its
/// enrolments).
/// </summary>
internal static class CoverageCounts
{
    public static async Task<List<CompletionCounts.Group<Guid>>> ByAsync(IQueryable<PlanCoverage> plans, IQueryable<EnterpriseCoverage> people,
        bool perTown, Guid? planId, DateTime now, CancellationToken cancellationToken)
    {
        if (planId is { } plan)
        {
            plans = plans.Where(c => c.PlanId == plan);
        }
        var groups = perTown ? plans.GroupBy(c => c.TenantId!.Value) : plans.GroupBy(c => c.EnterpriseId);
        var sums = await groups.Select(g => new
            {
                g.Key,
                Enrolled = g.Sum(c => c.Enrolled),
                Completed = g.Sum(c => c.Completed),
                Overdue = g.Sum(c => c.Deadline <= now ? c.Enrolled - c.Completed : 0),
                HoursEarned = g.Sum(c => c.HoursEarned),
                HoursRequired = g.Sum(c => c.HoursRequired),
            })
            .Where(g => g.Enrolled > 0)
            .ToListAsync(cancellationToken);
        var heads = planId is not null
            ? sums.ToDictionary(s => s.Key, s => s.Enrolled)
            : await (perTown ? people.GroupBy(p => p.TenantId!.Value) : people.GroupBy(p => p.EnterpriseId))
                .Select(g => new { g.Key, People = g.Sum(p => p.People) })
                .ToDictionaryAsync(g => g.Key, g => g.People, cancellationToken);
        return [.. sums.Select(s => new CompletionCounts.Group<Guid>(s.Key, heads.GetValueOrDefault(s.Key), s.Enrolled, s.Completed, s.Overdue,
            s.HoursEarned, s.HoursRequired))];
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// The Learning side of <see cref="ITrainingPlanCompletion"/>: completion is the enrolment's <see cref="Enrolment.CompletedTime"/>
/// in the current town; one person's is refreshed from the ledger before it says no (as 我的学习 does).
/// </summary>
public sealed class TrainingPlanCompletion(PortalDbContext db, PlanAccess access, ProgressRefresh progress) : ITrainingPlanCompletion
{
    public async Task<IReadOnlyList<TrainingPlanSummary>> FindPlansAsync(string? search, int limit, CancellationToken cancellationToken = default)
    {
        var plans = (await access.VisibleAsync(cancellationToken)).AsNoTracking().Where(p => p.Status != TrainingPlanStatus.Draft);
        if (!string.IsNullOrWhiteSpace(search))
        {
            var text = search.Trim();
            plans = plans.Where(p => p.Title.Contains(text));
        }
        return await plans.OrderByDescending(p => p.PeriodStart).ThenBy(p => p.Title).Take(Math.Clamp(limit, 1, 500))
            .Select(p => new TrainingPlanSummary(p.Id, p.Title, p.TenantId == null, p.Deadline)).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, TrainingPlanSummary>> GetPlansAsync(IReadOnlyCollection<Guid> planIds,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(planIds);
        if (planIds.Count == 0)
        {
            return new Dictionary<Guid, TrainingPlanSummary>();
        }
        var ids = planIds.Distinct().ToList();
        return await (await access.VisibleAsync(cancellationToken)).AsNoTracking().Where(p => ids.Contains(p.Id))
            .Select(p => new TrainingPlanSummary(p.Id, p.Title, p.TenantId == null, p.Deadline)).ToDictionaryAsync(p => p.Id, cancellationToken);
    }

    public async Task<bool> HasCompletedAsync(Guid planId, Guid userId, CancellationToken cancellationToken = default)
    {
        var enrolment = await db.Set<Enrolment>().AsNoTracking().Where(e => e.PlanId == planId && e.UserId == userId)
            .Select(e => new { e.CompletedTime }).FirstOrDefaultAsync(cancellationToken);
        if (enrolment is null)
        {
            return false;
        }
        if (enrolment.CompletedTime is not null)
        {
            return true;
        }
        var plan = await access.TownPlans().AsNoTracking().Include(p => p.Courses).FirstOrDefaultAsync(p => p.Id == planId, cancellationToken);
        if (plan is not { Status: TrainingPlanStatus.Published } || await progress.RefreshAsync(plan, userId, cancellationToken) == 0)
        {
            return false;
        }
        return await db.Set<Enrolment>().AnyAsync(e => e.PlanId == planId && e.UserId == userId && e.CompletedTime != null, cancellationToken);
    }

    public async Task<IReadOnlySet<Guid>> CompletedAmongAsync(Guid planId, IReadOnlyCollection<Guid> userIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userIds);
        var completed = new HashSet<Guid>();
        foreach (var chunk in userIds.Distinct().Chunk(2000))
        {
            completed.UnionWith(await db.Set<Enrolment>().AsNoTracking()
                .Where(e => e.PlanId == planId && e.CompletedTime != null && chunk.Contains(e.UserId)).Select(e => e.UserId).ToListAsync(cancellationToken));
        }
        return completed;
    }
}

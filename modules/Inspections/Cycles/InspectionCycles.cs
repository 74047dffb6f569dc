using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// The cycles a reader sees with their coverage, newest first: the bureau every town's (optionally one town's), a town its
/// own. Enterprise staff see the coverage of their own enterprises' tasks only.
/// </summary>
public sealed class InspectionCycles(PortalDbContext db, SignedInUser user, TimeProvider clock)
{
    public async Task<PagedResult<InspectionCycleDto>> ListAsync(InspectionTier? tier, Guid? townId, PageRequest page, CancellationToken cancellationToken)
    {
        var cycles = Cycles();
        if (user.TenantId is null && townId is { } town)
        {
            cycles = cycles.Where(c => c.TenantId == town);
        }
        if (tier is { } t)
        {
            cycles = cycles.Where(c => c.Tier == t);
        }
        var rows = await cycles.OrderByDescending(c => c.PeriodStart).ThenBy(c => c.Tier).ThenBy(c => c.Id).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<InspectionCycleDto>(await ToDtosAsync(rows.Items, cancellationToken), rows.TotalCount, rows.Page, rows.PageSize);
    }

    public async Task<InspectionCycleDto> GetAsync(Guid id, CancellationToken cancellationToken) =>
        (await ToDtosAsync([await Cycles().FirstOrDefaultAsync(c => c.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(InspectionCycle), id)], cancellationToken))[0];

    private IQueryable<InspectionCycle> Cycles() =>
        (user.TenantId is null ? db.Set<InspectionCycle>().IgnoreQueryFilters() : db.Set<InspectionCycle>()).AsNoTracking();

    private async Task<IReadOnlyList<InspectionCycleDto>> ToDtosAsync(IReadOnlyList<InspectionCycle> cycles, CancellationToken cancellationToken)
    {
        var ids = cycles.Select(c => c.Id).ToList();
        var tasks = (user.TenantId is null ? db.Set<InspectionTask>().IgnoreQueryFilters() : db.Set<InspectionTask>()).Where(t => ids.Contains(t.CycleId));
        if (await user.VisibleEnterprisesAsync(cancellationToken) is { } visible)
        {
            tasks = tasks.Where(t => visible.Contains(t.EnterpriseId));
        }
        var now = clock.GetUtcNow().UtcDateTime;
        var counts = await tasks.GroupBy(t => t.CycleId).Select(g => new
        {
            CycleId = g.Key,
            Total = g.Count(),
            Submitted = g.Count(t => t.Status == InspectionTaskStatus.Submitted),
            InProgress = g.Count(t => t.Status == InspectionTaskStatus.InProgress),
            Overdue = g.Count(t => (t.Status == InspectionTaskStatus.Open || t.Status == InspectionTaskStatus.InProgress) && t.DueTime < now),
            Missed = g.Count(t => t.Status == InspectionTaskStatus.Missed),
            Flagged = g.Count(t => t.Flags != PerfunctoryFlags.None),
        }).ToDictionaryAsync(c => c.CycleId, cancellationToken);
        return cycles.Select(c =>
        {
            var n = counts.GetValueOrDefault(c.Id);
            var total = n?.Total ?? 0;
            var rate = Percentages.OneDecimal(n?.Submitted ?? 0, total);
            return new InspectionCycleDto(c.Id, c.TenantId, c.Tier.ToString(), c.PeriodStart, c.PeriodEnd, c.DueTime, c.Status.ToString(),
                total, n?.Submitted ?? 0, n?.InProgress ?? 0, n?.Overdue ?? 0, n?.Missed ?? 0, n?.Flagged ?? 0, rate);
        }).ToList();
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>
/// The town's overview of its risk points, or on the host (no current town) every town's: the one host-only
/// read of this module that lifts the town filter, guarded by "no current town".
/// Every figure comes from flat GROUP BY queries with SUM(CASE …) counts; the (at most 1,367) category groups are
/// combined in memory for the key sites and the top list, because a grouped query composed further (joined,
/// filtered) makes EF fall back to a correlated subquery per group.
/// </summary>
public sealed class ReadRiskOverview(PortalDbContext db, ICurrentTenant currentTenant, IEnterpriseDirectory directory, ITenantStore towns)
{
    public const int TopCategories = 20;
    public const int TopEnterprises = 50;

    public async Task<RiskOverviewDto> GetAsync(CancellationToken cancellationToken = default)
    {
        var onHost = currentTenant.Id is null;
        var points = (onHost ? db.Set<RiskPoint>().IgnoreQueryFilters() : db.Set<RiskPoint>()).AsNoTracking()
            .Where(p => p.Status == RiskPointStatus.Active);
        var byLevel = await points.GroupBy(p => p.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCategory = await points.GroupBy(p => p.CategoryId)
            .Select(g => new { g.Key, Count = g.Count(), Major = g.Sum(p => p.Level == RiskLevel.Major ? 1 : 0) })
            .ToListAsync(cancellationToken);
        var categoryIds = byCategory.Select(c => c.Key).ToList();
        var categories = await db.Set<RiskCategory>().IgnoreQueryFilters().AsNoTracking().Where(c => categoryIds.Contains(c.Id))
            .ToDictionaryAsync(c => c.Id, c => new { c.Code, c.Name, c.KeySites }, cancellationToken);
        var byKeySite = Enum.GetValues<KeySites>().Where(s => s != KeySites.None)
            .ToDictionary(s => s, s => byCategory.Where(c => categories.TryGetValue(c.Key, out var x) && (x.KeySites & s) != 0).Sum(c => c.Count));
        var townNames = onHost ? (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name) : [];
        var byTown = onHost
            ? [.. (await points.GroupBy(p => p.TenantId)
                    .Select(g => new { g.Key, Count = g.Count(), Major = g.Sum(p => p.Level == RiskLevel.Major ? 1 : 0) }).ToListAsync(cancellationToken))
                .Where(t => t.Key is not null)
                .Select(t => new CountRow(t.Key!.Value, townNames.GetValueOrDefault(t.Key.Value, "?"), t.Count, t.Major))
                .OrderByDescending(t => t.Major).ThenByDescending(t => t.Count)]
            : new List<CountRow>();
        var major = await points.GroupBy(p => p.EnterpriseId)
            .Select(g => new { g.Key, Major = g.Sum(p => p.Level == RiskLevel.Major ? 1 : 0), Total = g.Count() })
            .Where(g => g.Major > 0).OrderByDescending(g => g.Major).ThenByDescending(g => g.Total).Take(TopEnterprises)
            .ToListAsync(cancellationToken);
        var enterprises = await directory.GetAsync([.. major.Select(m => m.Key)], cancellationToken);
        return new RiskOverviewDto(byLevel.Sum(l => l.Count),
            Enum.GetValues<RiskLevel>().ToDictionary(l => l, l => byLevel.FirstOrDefault(x => x.Key == l)?.Count ?? 0),
            [.. byCategory.OrderByDescending(c => c.Count).Take(TopCategories)
                .Select(c => new CountRow(c.Key, categories.TryGetValue(c.Key, out var x) ? $"{x.Code} {x.Name}" : "?", c.Count, c.Major))],
            byKeySite, byTown,
            [.. major.Select(m => Enterprise(m.Key, enterprises.GetValueOrDefault(m.Key), townNames, m.Major, m.Total))]);
    }

    private static MajorRiskEnterprise Enterprise(Guid id, EnterpriseSummary? summary, Dictionary<Guid, string> townNames, int major, int total) =>
        new(id, summary?.Name, summary?.TenantId is { } town ? townNames.GetValueOrDefault(town) : null, major, total);
}

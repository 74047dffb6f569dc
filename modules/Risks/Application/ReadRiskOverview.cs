using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>
/// The town's overview of its risk points, or on the host (no current town) every town's: the one host-only
/// read of this module that lifts the town filter, guarded by "no current town".
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
        var categories = db.Set<RiskCategory>().IgnoreQueryFilters().AsNoTracking();
        var byLevel = await points.GroupBy(p => p.Level).Select(g => new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byCategory = await (from g in points.GroupBy(p => p.CategoryId)
                                    .Select(g => new { g.Key, Count = g.Count(), Major = g.Count(p => p.Level == RiskLevel.Major) })
                                join c in categories on g.Key equals c.Id
                                orderby g.Count descending
                                select new CountRow(c.Id, c.Code + " " + c.Name, g.Count, g.Major))
            .Take(TopCategories).ToListAsync(cancellationToken);
        var bySites = await (from p in points
                             join c in categories on p.CategoryId equals c.Id
                             group p by c.KeySites into g
                             select new { g.Key, Count = g.Count() }).ToListAsync(cancellationToken);
        var byKeySite = Enum.GetValues<KeySites>().Where(s => s != KeySites.None)
            .ToDictionary(s => s, s => bySites.Where(x => (x.Key & s) != 0).Sum(x => x.Count));
        var townNames = onHost ? (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name) : [];
        var byTown = onHost
            ? [.. (await points.GroupBy(p => p.TenantId)
                    .Select(g => new { g.Key, Count = g.Count(), Major = g.Count(p => p.Level == RiskLevel.Major) }).ToListAsync(cancellationToken))
                .Where(t => t.Key is not null)
                .Select(t => new CountRow(t.Key!.Value, townNames.GetValueOrDefault(t.Key.Value, "?"), t.Count, t.Major))
                .OrderByDescending(t => t.Major).ThenByDescending(t => t.Count)]
            : new List<CountRow>();
        var major = await points.GroupBy(p => new { p.EnterpriseId, p.TenantId })
            .Select(g => new { g.Key.EnterpriseId, g.Key.TenantId, Major = g.Count(p => p.Level == RiskLevel.Major), Total = g.Count() })
            .Where(g => g.Major > 0).OrderByDescending(g => g.Major).ThenByDescending(g => g.Total).Take(TopEnterprises)
            .ToListAsync(cancellationToken);
        var names = await directory.GetAsync([.. major.Select(m => m.EnterpriseId)], cancellationToken);
        return new RiskOverviewDto(byLevel.Sum(l => l.Count),
            Enum.GetValues<RiskLevel>().ToDictionary(l => l, l => byLevel.FirstOrDefault(x => x.Key == l)?.Count ?? 0),
            byCategory, byKeySite, byTown,
            [.. major.Select(m => new MajorRiskEnterprise(m.EnterpriseId, names.GetValueOrDefault(m.EnterpriseId)?.Name,
                m.TenantId is { } t ? townNames.GetValueOrDefault(t) : null, m.Major, m.Total))]);
    }
}

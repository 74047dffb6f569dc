using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Risks;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The kernel contract for inspections' checklists: each active risk point with its measures and its category's check points.</summary>
internal sealed class RiskPointChecklists(PortalDbContext db) : IRiskPointChecklists
{
    /// <summary>Enterprises per query: keeps the IN lists short on both providers.</summary>
    private const int Chunk = 500;

    public async Task<IReadOnlyDictionary<Guid, IReadOnlyList<RiskPointChecklist>>> GetAsync(IReadOnlyCollection<Guid> enterpriseIds,
        CancellationToken cancellationToken = default)
    {
        var result = new Dictionary<Guid, IReadOnlyList<RiskPointChecklist>>();
        foreach (var chunk in enterpriseIds.Distinct().Chunk(Chunk))
        {
            await ReadAsync(chunk, result, cancellationToken);
        }
        return result;
    }

    private async Task ReadAsync(Guid[] enterpriseIds, Dictionary<Guid, IReadOnlyList<RiskPointChecklist>> result, CancellationToken cancellationToken)
    {
        var active = db.Set<RiskPoint>().Where(p => enterpriseIds.Contains(p.EnterpriseId) && p.Status == RiskPointStatus.Active);
        var points = await active.AsNoTracking()
            .Select(p => new { p.Id, p.EnterpriseId, p.Name, p.Location, p.Level, p.CategoryId })
            .ToListAsync(cancellationToken);
        var measures = (await db.Set<RiskControlMeasure>().AsNoTracking()
                .Where(m => active.Select(p => p.Id).Contains(m.RiskPointId))
                .Select(m => new { m.RiskPointId, m.SortOrder, m.Description })
                .ToListAsync(cancellationToken))
            .OrderBy(m => m.SortOrder).ToLookup(m => m.RiskPointId, m => m.Description);
        var categoryIds = points.Select(p => p.CategoryId).Distinct().ToList();
        // Bureau categories (TenantId null) serve every town: the town filter is lifted for the points' own categories only.
        var checkPoints = await (from category in db.Set<RiskCategory>().IgnoreQueryFilters()
                                 where categoryIds.Contains(category.Id)
                                 join version in db.Set<RiskCategoryVersion>().IgnoreQueryFilters()
                                     on new { category.Id, Number = category.CurrentVersion } equals new { Id = version.CategoryId, Number = version.VersionNumber }
                                 select new { category.Id, version.CheckPoints })
            .AsNoTracking().ToDictionaryAsync(c => c.Id, c => TextLines.Split(c.CheckPoints), cancellationToken);
        foreach (var enterprise in points.GroupBy(p => p.EnterpriseId))
        {
            result[enterprise.Key] = enterprise.OrderBy(p => p.Level).ThenBy(p => p.Location).ThenBy(p => p.Name)
                .Select(p => new RiskPointChecklist(p.Id, p.EnterpriseId, p.Name, p.Location, p.Level.ToString(),
                    measures[p.Id].ToList(), checkPoints.GetValueOrDefault(p.CategoryId) ?? []))
                .ToList();
        }
    }
}

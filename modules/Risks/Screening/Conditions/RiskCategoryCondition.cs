using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Screening;
using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Screening.Conditions;

/// <summary>风险类别: the enterprise has active risk points of any of the given catalogue codes.</summary>
internal sealed class RiskCategoryCondition(ScreeningPoints points, RiskCatalogueScope catalogue, ICurrentTenant currentTenant) : IScreeningCondition
{
    public const string Codes = "codes";

    public string Key => "risks.category";

    public Task<ScreeningConditionDefinition> DescribeAsync(CancellationToken cancellationToken = default) =>
        Task.FromResult(new ScreeningConditionDefinition(Key, points.Screening[Key], points.Group,
            [ScreeningParameterDefinition.TextOf(Codes, points.Screening["Screening.CategoryCodes"], points.Screening["Screening.CategoryCodes.Hint"])]));

    public async Task ValidateAsync(ScreeningParameters parameters, CancellationToken cancellationToken = default)
    {
        var codes = parameters.TextList(Codes);
        var known = (await Categories(codes).Select(c => c.Code).ToListAsync(cancellationToken)).ToHashSet(StringComparer.OrdinalIgnoreCase);
        foreach (var code in codes.Where(c => !known.Contains(c)))
        {
            parameters.Reject(Codes, points.Screening["Screening.CategoryUnknown", code]);
        }
    }

    public async Task<ScreeningMatches> EvaluateAsync(ScreeningParameters parameters, ScreeningScope scope, CancellationToken cancellationToken = default)
    {
        var categories = await Categories(parameters.TextList(Codes)).Select(c => new { c.Id, c.Code, c.Name }).ToListAsync(cancellationToken);
        var ids = categories.Select(c => c.Id).ToList();
        var rows = await points.Active(scope).Where(p => ids.Contains(p.CategoryId))
            .GroupBy(p => new { p.EnterpriseId, p.CategoryId })
            .Select(g => new { g.Key.EnterpriseId, g.Key.CategoryId, Count = g.Count() })
            .ToListAsync(cancellationToken);
        var names = categories.ToDictionary(c => c.Id, c => $"{c.Code} {c.Name}");
        return ScreeningMatches.Only(rows.GroupBy(r => r.EnterpriseId).ToDictionary(g => g.Key,
            g => new ScreeningReason(points.Join(g.OrderBy(r => names[r.CategoryId], StringComparer.Ordinal).Select(r => points.Count(names[r.CategoryId], r.Count))))));
    }

    /// <summary>
    /// The entries of these codes: in a town the catalogue it sees (the bureau's and its own); on the host every
    /// town's entries too, since the bureau screens every town and a town's own code means its own entries.
    /// </summary>
    private IQueryable<RiskCategory> Categories(IReadOnlyCollection<string> codes)
    {
        var entries = currentTenant.Id is null ? points.Db.Set<RiskCategory>().IgnoreQueryFilters() : catalogue.Categories();
        return entries.AsNoTracking().Where(c => codes.Contains(c.Code));
    }
}

using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>
/// 前置研判: checks a screening's conditions against the definitions the modules contributed, evaluates each to its
/// matching enterprises (one grouped query each), keeps those every condition matches and names them through
/// IEnterpriseDirectory. A town screens its own enterprises; the bureau (no current town) every town's.
/// </summary>
public sealed class RunScreening(IEnumerable<IScreeningCondition> conditions, IEnterpriseDirectory directory, ITenantStore towns,
    ICurrentTenant currentTenant, IStringLocalizer<ScreeningResource> parameterText, IStringLocalizer<RiskScreeningResource> text)
{
    public const int MaxConditions = 20;
    public const string ConditionsField = "conditions";

    private readonly IReadOnlyList<IScreeningCondition> _conditions = [.. conditions];

    /// <summary>The definitions for the builder, grouped by subject in the order the modules registered them.</summary>
    public async Task<IReadOnlyList<ScreeningConditionDefinition>> DescribeAsync(CancellationToken cancellationToken = default)
    {
        var definitions = new List<ScreeningConditionDefinition>();
        foreach (var condition in _conditions)
        {
            definitions.Add(await condition.DescribeAsync(cancellationToken));
        }
        return [.. definitions.GroupBy(d => d.Group).SelectMany(g => g)];
    }

    /// <summary>Checks every condition and parameter; a 400 names each problem by condition index, key and parameter.</summary>
    public async Task<IReadOnlyList<CheckedCondition>> CheckAsync(IReadOnlyList<ScreeningConditionRequest>? requests, CancellationToken cancellationToken = default)
    {
        var errors = new ValidationErrors();
        if (requests is not { Count: > 0 })
        {
            errors.Add(ConditionsField, text["Screening.NoConditions"]);
        }
        else if (requests.Count > MaxConditions)
        {
            errors.Add(ConditionsField, text["Screening.TooManyConditions", MaxConditions]);
        }
        var read = await ScreeningConditionReader.ReadAsync(_conditions, (requests ?? []).Take(MaxConditions).Select(r => (r?.Key, r?.Parameters)),
            ConditionsField, errors, (index, key) => text["Screening.UnknownCondition", index + 1, key], parameterText, cancellationToken);
        var checkedConditions = read.Select(c => new CheckedCondition(c.Condition, c.Parameters)).ToList();
        return errors.IsEmpty ? checkedConditions : throw new ValidationException(errors);
    }

    public async Task<PagedResult<ScreeningResultDto>> RunAsync(IReadOnlyList<ScreeningConditionRequest>? requests, PageRequest page, CancellationToken cancellationToken = default)
    {
        var all = await RunAllAsync(requests, cancellationToken);
        return new PagedResult<ScreeningResultDto>([.. all.Skip(page.Skip).Take(page.SafePageSize)], all.Count, page.SafePage, page.SafePageSize);
    }

    /// <summary>Every match, ordered by town and name (the export's rows).</summary>
    public async Task<IReadOnlyList<ScreeningResultDto>> RunAllAsync(IReadOnlyList<ScreeningConditionRequest>? requests, CancellationToken cancellationToken = default)
    {
        var checkedConditions = await CheckAsync(requests, cancellationToken);
        // Screening covers a whole town: staff who see only their own enterprise (a granted permission notwithstanding) may not.
        if (currentTenant.Id is not null && await directory.GetVisibleEnterpriseIdsAsync(cancellationToken) is not null)
        {
            throw new ForbiddenException(text["Screening.WholeTownOnly"]);
        }
        var scope = new ScreeningScope(currentTenant.Id);
        var matches = new List<ScreeningMatches>();
        foreach (var c in checkedConditions)
        {
            matches.Add(await c.Condition.EvaluateAsync(c.Parameters, scope, cancellationToken));
        }
        var all = ScreeningCombination.NeedsAllEnterprises(matches) ? await directory.GetAllIdsAsync(cancellationToken) : null;
        var combined = ScreeningCombination.Combine(matches, all);
        var enterprises = combined.Count == 0 ? new Dictionary<Guid, EnterpriseSummary>() : await directory.GetAsync(combined.Keys, cancellationToken);
        var townNames = scope.AllTowns ? (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name) : [];
        return [.. enterprises.Values
            .Select(e => new ScreeningResultDto(e.Id, e.Name, e.CreditCode, e.IndustryCode, e.TenantId,
                e.TenantId is { } town ? townNames.GetValueOrDefault(town) : null,
                [.. combined[e.Id].Select((r, i) => new ScreeningReasonDto(checkedConditions[i].Condition.Key, checkedConditions[i].Parameters.Definition.Name, r.Text, r.Tone))]))
            .OrderBy(r => r.TownName, StringComparer.Ordinal).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }
}

using System.Text.Json;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Learning.Plans;

/// <summary>
/// A plan's enterprise conditions through the kernel's screening contract: the conditions other modules contribute
/// (industry, key sites, risk categories in the register ...) are checked against their definitions and evaluated to
/// the enterprises of the current town, so this module reads no other module's tables. All conditions must hold.
/// </summary>
public sealed class PlanConditions(IEnumerable<IScreeningCondition> conditions, ICurrentTenant currentTenant,
    IStringLocalizer<ScreeningResource> parameterText, IStringLocalizer<LearningResource> text)
{
    public const string Field = "conditions";
    public const int MaxConditions = 10;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);
    private readonly IReadOnlyList<IScreeningCondition> _conditions = [.. conditions];

    /// <summary>Checks the conditions, adding errors named "conditions[i].key.parameter"; returns the ones that passed.</summary>
    public async Task<IReadOnlyList<(IScreeningCondition Condition, ScreeningParameters Parameters)>> CheckAsync(
        IReadOnlyList<PlanConditionRequest>? requests, ValidationErrors errors, CancellationToken cancellationToken = default)
    {
        if (requests is { Count: > MaxConditions })
        {
            errors.Add(Field, text["Plans.TooManyConditions", MaxConditions]);
            return [];
        }
        return await ScreeningConditionReader.ReadAsync(_conditions, (requests ?? []).Select(r => (r?.Key, r?.Parameters)), Field, errors,
            (_, key) => text["Plans.UnknownCondition", key], parameterText, cancellationToken);
    }

    /// <summary>The enterprises of the current town every condition matches; null when the plan has none (every enterprise).</summary>
    public async Task<IReadOnlySet<Guid>?> MatchingEnterprisesAsync(string? conditionsJson, IReadOnlyCollection<Guid> candidates, CancellationToken cancellationToken = default)
    {
        var requests = Read(conditionsJson);
        if (requests.Count == 0)
        {
            return null;
        }
        var errors = new ValidationErrors();
        var checkedConditions = await CheckAsync(requests, errors, cancellationToken);
        if (!errors.IsEmpty)
        {
            // A condition whose module or catalogue entry went away since the plan was saved matches nobody.
            return new HashSet<Guid>();
        }
        var scope = new ScreeningScope(currentTenant.Id);
        IEnumerable<Guid> matching = candidates;
        foreach (var (condition, parameters) in checkedConditions)
        {
            var matches = await condition.EvaluateAsync(parameters, scope, cancellationToken);
            matching = matching.Where(id => matches.ReasonFor(id) is not null).ToList();
        }
        return matching.ToHashSet();
    }

    public static string? Write(IReadOnlyList<PlanConditionRequest>? requests) =>
        requests is { Count: > 0 } ? JsonSerializer.Serialize(requests, Json) : null;

    public static IReadOnlyList<PlanConditionRequest> Read(string? json) =>
        string.IsNullOrEmpty(json) ? [] : JsonSerializer.Deserialize<List<PlanConditionRequest>>(json, Json) ?? [];
}

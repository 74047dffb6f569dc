using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>The kernel contract for other modules (work orders choosing their enterprises): the screening engine's matches.</summary>
internal sealed class EnterpriseScreening(RunScreening screening) : IEnterpriseScreening
{
    public async Task<IReadOnlyList<ScreenedEnterprise>> MatchAsync(IReadOnlyList<ScreeningCriterion>? conditions, CancellationToken cancellationToken = default)
    {
        var requests = conditions?.Select(c => new ScreeningConditionRequest(c.Key, c.Parameters)).ToList();
        return [.. (await screening.RunAllAsync(requests, cancellationToken)).Select(r => new ScreenedEnterprise(r.EnterpriseId, r.TownId, r.Name))];
    }
}

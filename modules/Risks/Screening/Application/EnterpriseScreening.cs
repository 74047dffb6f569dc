using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Screening;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>The kernel contract for other modules (work orders choosing their enterprises): the screening engine's matches, of conditions given or saved.</summary>
internal sealed class EnterpriseScreening(RunScreening screening, ManageSavedScreenings saved) : IEnterpriseScreening
{
    public async Task<IReadOnlyList<ScreenedEnterprise>> MatchAsync(IReadOnlyList<ScreeningCriterion>? conditions, CancellationToken cancellationToken = default) =>
        await RunAsync(conditions?.Select(c => new ScreeningConditionRequest(c.Key, c.Parameters)).ToList(), cancellationToken);

    public async Task<IReadOnlyList<SavedScreeningChoice>> SavedAsync(CancellationToken cancellationToken = default) =>
        [.. (await saved.ListAsync(cancellationToken)).Select(s => new SavedScreeningChoice(s.Id, s.Name, s.OwnerName))];

    public async Task<IReadOnlyList<ScreenedEnterprise>?> MatchSavedAsync(Guid savedScreeningId, CancellationToken cancellationToken = default)
    {
        IReadOnlyList<ScreeningConditionRequest> conditions;
        try
        {
            conditions = await saved.ConditionsAsync(savedScreeningId, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            return null;
        }
        return await RunAsync(conditions, cancellationToken);
    }

    private async Task<IReadOnlyList<ScreenedEnterprise>> RunAsync(IReadOnlyList<ScreeningConditionRequest>? conditions, CancellationToken cancellationToken) =>
        [.. (await screening.RunAllAsync(conditions, cancellationToken)).Select(r => new ScreenedEnterprise(r.EnterpriseId, r.TownId, r.Name))];
}

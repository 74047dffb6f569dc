namespace SafetyPortal.Platform.Screening;

/// <summary>
/// Runs a screening (前置研判) for other modules, as the screening page does: in the current town, or on the host over
/// every town. Bad conditions are a 400 on "conditions" naming each. Implemented by the Risks module.
/// </summary>
public interface IEnterpriseScreening
{
    Task<IReadOnlyList<ScreenedEnterprise>> MatchAsync(IReadOnlyList<ScreeningCriterion>? conditions, CancellationToken cancellationToken = default);

    /// <summary>The saved screenings the user may run (their own and those shared in their town, or the bureau's), by name.</summary>
    Task<IReadOnlyList<SavedScreeningChoice>> SavedAsync(CancellationToken cancellationToken = default);

    /// <summary>The matches of a saved screening the user may run, with its conditions as they are now; null when there is no such screening for the user.</summary>
    Task<IReadOnlyList<ScreenedEnterprise>?> MatchSavedAsync(Guid savedScreeningId, CancellationToken cancellationToken = default);
}

namespace SafetyPortal.Platform.Screening;

/// <summary>
/// Runs a screening (前置研判) for other modules, as the screening page does: in the current town, or on the host over
/// every town. Bad conditions are a 400 on "conditions" naming each. Implemented by the Risks module.
/// </summary>
public interface IEnterpriseScreening
{
    Task<IReadOnlyList<ScreenedEnterprise>> MatchAsync(IReadOnlyList<ScreeningCriterion>? conditions, CancellationToken cancellationToken = default);
}

namespace SafetyPortal.Platform.Learning;

/// <summary>
/// Training figures of the current town's enterprises for a period [<c>fromUtc</c>, <c>toUtc</c>), for rankings
/// (commendations); implemented by the Learning module with grouped queries, never one query per enterprise.
/// </summary>
public interface ITrainingStatistics
{
    /// <summary>One line per enterprise with staff on the roster.</summary>
    Task<IReadOnlyList<EnterpriseTrainingFigures>> ForEnterprisesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>One line per staff member with credit hours in the period.</summary>
    Task<IReadOnlyList<PersonTrainingHours>> HoursPerPersonAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}

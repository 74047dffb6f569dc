namespace SafetyPortal.Platform.Exams;

/// <summary>
/// Exam figures of the current town for attempts submitted in [<c>fromUtc</c>, <c>toUtc</c>), for rankings
/// (commendations); implemented by the Exams module with grouped queries.
/// </summary>
public interface IExamStatistics
{
    /// <summary>One line per enterprise whose staff submitted attempts.</summary>
    Task<IReadOnlyList<EnterpriseExamFigures>> ForEnterprisesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);

    /// <summary>One line per candidate with a submitted attempt.</summary>
    Task<IReadOnlyList<PersonExamScore>> BestScoresAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default);
}

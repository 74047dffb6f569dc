namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>
/// One enterprise of a ranking: rank (null: not ranked), score, the five indicators and the figures behind them,
/// whether it would go onto a list (<see cref="InList"/>: ranked within the list size) and why not.
/// </summary>
public sealed record RankingEnterpriseDto(
    Guid EnterpriseId,
    string Name,
    int? Rank,
    decimal Score,
    bool InList,
    bool Excluded,
    decimal Coverage,
    decimal HoursPerHead,
    decimal PassRate,
    decimal FirstAttemptPassRate,
    decimal TimelyCompletion,
    int Staff,
    int StaffTrained,
    decimal Hours,
    int Candidates,
    int EnrolmentsDue,
    IReadOnlyList<ExclusionReasonDto> Reasons);

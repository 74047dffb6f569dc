namespace SafetyPortal.Articles.Commendations.Application;

/// <summary>One person of a ranking: rank (null: below the minimum hours), score, hours and best exam score in percent.</summary>
public sealed record RankingPersonDto(
    Guid UserId,
    string Name,
    Guid EnterpriseId,
    string EnterpriseName,
    int? Rank,
    decimal Score,
    bool InList,
    decimal Hours,
    decimal BestScore,
    IReadOnlyList<ExclusionReasonDto> Reasons);

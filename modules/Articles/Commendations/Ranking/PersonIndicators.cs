namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>One person's figures for a period: credit hours, and the best exam score in percent (0 without an exam).</summary>
public sealed record PersonIndicators(Guid UserId, string Name, Guid EnterpriseId, decimal Hours, decimal BestScore)
{
    public IReadOnlyList<decimal> Values => [Hours, BestScore];
}

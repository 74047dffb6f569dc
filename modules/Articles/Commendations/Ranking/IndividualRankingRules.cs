namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>How people are ranked: the weights of hours and best score, the hours one needs to be ranked, how many go onto a list.</summary>
public sealed record IndividualRankingRules(decimal HoursWeight, decimal ScoreWeight, decimal MinHours, int ListSize)
{
    public static IndividualRankingRules Default { get; } = new(50, 50, 8, 20);

    public IReadOnlyList<decimal> Weights => [HoursWeight, ScoreWeight];
}

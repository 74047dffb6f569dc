namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>
/// How enterprises are ranked: the weights, the thresholds an enterprise must reach to be ranked at all (staff on the
/// roster, coverage and pass rate in percent) and how many of the best go onto a list.
/// </summary>
public sealed record EnterpriseRankingRules(EnterpriseWeights Weights, int MinStaff, decimal MinCoverage, decimal MinPassRate, int ListSize)
{
    public static EnterpriseRankingRules Default { get; } = new(EnterpriseWeights.Default, 5, 80, 60, 10);
}

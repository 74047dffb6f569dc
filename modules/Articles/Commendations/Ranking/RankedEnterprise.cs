namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>
/// An enterprise's place: its <see cref="Score"/> (0–100, the weighted share of each indicator of the best value among the
/// ranked), its <see cref="Rank"/> (ties share a rank, "1, 2, 2, 4"; null when not ranked), the thresholds it missed and
/// whether an exclusion rule keeps it off lists.
/// </summary>
public sealed record RankedEnterprise(EnterpriseIndicators Indicators, decimal Score, int? Rank, ThresholdMiss Misses, bool Excluded)
{
    public bool IsRanked => Rank is not null;
}

namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>A person's place: score 0–100, competition rank (null below the minimum hours), the thresholds missed.</summary>
public sealed record RankedPerson(PersonIndicators Indicators, decimal Score, int? Rank, ThresholdMiss Misses)
{
    public bool IsRanked => Rank is not null;
}

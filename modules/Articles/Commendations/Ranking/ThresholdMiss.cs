namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>The thresholds a candidate did not reach; any of them keeps it out of the ranking.</summary>
[Flags]
public enum ThresholdMiss
{
    None = 0,
    Staff = 1,
    Coverage = 2,
    PassRate = 4,
    Hours = 8,
}

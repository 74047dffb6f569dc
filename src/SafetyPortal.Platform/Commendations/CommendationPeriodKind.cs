namespace SafetyPortal.Platform.Commendations;

/// <summary>What a commendation covers: a quarter or a calendar year (China time).</summary>
public enum CommendationPeriodKind
{
    Quarter = 1,
    Year = 2,
}

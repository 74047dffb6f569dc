namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>The weights of the five enterprise indicators; any non-negative numbers, used in proportion to their sum.</summary>
public sealed record EnterpriseWeights(decimal Coverage, decimal HoursPerHead, decimal PassRate, decimal FirstAttemptPassRate, decimal TimelyCompletion)
{
    public static EnterpriseWeights Default { get; } = new(30, 20, 20, 15, 15);

    public IReadOnlyList<decimal> Values => [Coverage, HoursPerHead, PassRate, FirstAttemptPassRate, TimelyCompletion];
}

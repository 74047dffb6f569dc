namespace SafetyPortal.Articles.Commendations.Ranking;

/// <summary>
/// The raw figures of one enterprise for a period and the five indicators made of them (percentages and hours, two
/// decimals); an indicator whose denominator is zero (no staff, no candidates, nothing due) is 0: no data earns nothing.
/// </summary>
public sealed record EnterpriseIndicators(
    Guid EnterpriseId,
    string Name,
    int Staff,
    int StaffTrained,
    decimal Hours,
    int EnrolmentsDue,
    int CompletedOnTime,
    int Candidates,
    int Passed,
    int PassedFirstAttempt)
{
    public decimal Coverage => Percent(StaffTrained, Staff);
    public decimal HoursPerHead => Staff == 0 ? 0 : decimal.Round(Hours / Staff, 2);
    public decimal PassRate => Percent(Passed, Candidates);
    public decimal FirstAttemptPassRate => Percent(PassedFirstAttempt, Candidates);
    public decimal TimelyCompletion => Percent(CompletedOnTime, EnrolmentsDue);

    /// <summary>The five indicators in the order of <see cref="EnterpriseWeights.Values"/>.</summary>
    public IReadOnlyList<decimal> Values => [Coverage, HoursPerHead, PassRate, FirstAttemptPassRate, TimelyCompletion];

    private static decimal Percent(int part, int whole) => whole == 0 ? 0 : decimal.Round(100m * part / whole, 2);
}

namespace SafetyPortal.Learning.Compliance;

/// <summary>One person's standing for one year, with every figure behind it.</summary>
/// <param name="Kind">The rule that sets <paramref name="RequiredHours"/>.</param>
/// <param name="RequiredHours">Hours the year requires under <paramref name="Kind"/>.</param>
/// <param name="EarnedHours">Hours of the ledger in the year.</param>
/// <param name="RetrainingSince">The change of post or return that calls for retraining this year, if any.</param>
/// <param name="RetrainingRequiredHours">Hours required from <paramref name="RetrainingSince"/> on (0 without retraining).</param>
/// <param name="RetrainingEarnedHours">Hours of the ledger earned on or after <paramref name="RetrainingSince"/> in the year.</param>
/// <param name="ThreeLevelRequired">Levels of 三级安全教育 this year requires (manufacturing frontline staff).</param>
/// <param name="ThreeLevelMissing">Of those, the levels not yet recorded.</param>
public sealed record ComplianceResult(
    int Year,
    PersonCategory Category,
    bool HighRiskSector,
    TrainingRequirementKind Kind,
    decimal RequiredHours,
    decimal EarnedHours,
    DateOnly? RetrainingSince,
    decimal RetrainingRequiredHours,
    decimal RetrainingEarnedHours,
    ThreeLevelTraining ThreeLevelRequired,
    ThreeLevelTraining ThreeLevelMissing,
    ComplianceStatus Status)
{
    /// <summary>Hours still missing for the year's rule (never negative).</summary>
    public decimal MissingHours => Math.Max(0, RequiredHours - EarnedHours);
}

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// A cycle and its coverage: of its tasks how many were submitted (the enterprise covered), are still open past the due
/// time, were missed, or were flagged perfunctory; the coverage rate in percent with one decimal (null without tasks).
/// </summary>
public sealed record InspectionCycleDto(
    Guid Id,
    Guid? TownId,
    string Tier,
    DateOnly PeriodStart,
    DateOnly PeriodEnd,
    DateTime DueTime,
    string Status,
    int TaskCount,
    int Submitted,
    int InProgress,
    int Overdue,
    int Missed,
    int Flagged,
    decimal? CoverageRate);

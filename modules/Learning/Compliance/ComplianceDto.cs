namespace SafetyPortal.Learning.Compliance;

/// <summary>A person's compliance for a year, with what it was computed from.</summary>
public sealed record ComplianceDto(
    Guid UserId,
    ComplianceResult Result,
    DateOnly? StartedOn,
    DateOnly? PostChangedOn,
    DateOnly? AbsentFrom,
    DateOnly? ReturnedOn,
    ThreeLevelTraining ThreeLevelDone,
    string? IndustryCode,
    string? ConcurrencyStamp);

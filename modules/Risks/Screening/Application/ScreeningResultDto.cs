namespace SafetyPortal.Risks.Screening.Application;

/// <summary>An enterprise a screening found, its town (for the bureau) and one reason per condition, in the conditions' order.</summary>
public sealed record ScreeningResultDto(
    Guid EnterpriseId,
    string Name,
    string? CreditCode,
    string? IndustryCode,
    Guid? TownId,
    string? TownName,
    IReadOnlyList<ScreeningReasonDto> Reasons);

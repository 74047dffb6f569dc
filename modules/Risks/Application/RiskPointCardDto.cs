using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>The risk-point card: the point, its measures, what the catalogue says (of the version it was assessed with), its history.</summary>
public sealed record RiskPointCardDto(
    Guid Id, Guid EnterpriseId, string? EnterpriseName, Guid CategoryId, string CategoryCode, int CategoryVersion,
    string Name, string Location, string? Equipment,
    AssessmentMethod Method, decimal Likelihood, decimal? Exposure, decimal Severity, decimal Score, RiskLevel Level,
    string? ResponsiblePerson, string? ResponsiblePhone, RiskPointStatus Status, VerificationStatus Verification,
    string? ReturnReason, DateTime? VerifiedTime,
    IReadOnlyList<MeasureDto> Measures, CategoryVersionDto Category, IReadOnlyList<RiskPointChangeDto> History,
    string ConcurrencyStamp);

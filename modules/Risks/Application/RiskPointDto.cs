using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>One row of a risk register.</summary>
public sealed record RiskPointDto(
    Guid Id, Guid EnterpriseId, string? EnterpriseName, Guid CategoryId, string CategoryCode, string CategoryName,
    string Name, string Location, string? Equipment, AssessmentMethod Method, decimal Score, RiskLevel Level,
    string? ResponsiblePerson, RiskPointStatus Status, VerificationStatus Verification, DateTime LastChanged);

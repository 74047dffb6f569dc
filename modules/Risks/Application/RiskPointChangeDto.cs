using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>One line of a risk point's history.</summary>
public sealed record RiskPointChangeDto(
    RiskPointChangeKind Kind, string? UserName, DateTime Time, IReadOnlyList<string> Changes, string? Reason,
    RiskLevel Level, VerificationStatus Verification);

using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>Register filters; without a Status only active points are listed.</summary>
public sealed record RiskPointFilter(
    Guid? EnterpriseId = null,
    RiskLevel? Level = null,
    Guid? CategoryId = null,
    KeySites? KeySite = null,
    RiskPointStatus? Status = null,
    VerificationStatus? Verification = null);

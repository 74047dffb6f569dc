using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>Register filters; Status defaults to active points.</summary>
public sealed record RiskPointFilter(
    Guid? EnterpriseId = null,
    RiskLevel? Level = null,
    Guid? CategoryId = null,
    KeySites? KeySite = null,
    RiskPointStatus? Status = RiskPointStatus.Active,
    VerificationStatus? Verification = null);

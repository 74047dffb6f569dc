using SafetyPortal.Risks.Application;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Import;

/// <summary>An accepted row of a risk-point import.</summary>
internal sealed record RiskPointRow(Guid EnterpriseId, RiskCategory Category, SaveRiskPointRequest Request);

namespace SafetyPortal.Risks.Domain;

/// <summary>Whether the risk point still exists in the enterprise. Retired points stay for history.</summary>
public enum RiskPointStatus
{
    Active = 1,
    Retired = 2,
}

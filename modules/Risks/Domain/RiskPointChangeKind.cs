namespace SafetyPortal.Risks.Domain;

/// <summary>What happened to a risk point, for its readable history.</summary>
public enum RiskPointChangeKind
{
    Reported = 1,
    Updated = 2,
    Verified = 3,
    Returned = 4,
    Retired = 5,
    Imported = 6,
}

namespace SafetyPortal.Organization.Domain;

/// <summary>监管等级: how closely the town supervises the enterprise, A closest.</summary>
public enum RegulatoryGrade
{
    Unrated = 0,
    A = 1,
    B = 2,
    C = 3,
    D = 4,
}

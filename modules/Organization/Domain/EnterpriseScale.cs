namespace SafetyPortal.Organization.Domain;

/// <summary>企业规模 by the national classification of enterprise size.</summary>
public enum EnterpriseScale
{
    Unknown = 0,
    Large = 1,
    Medium = 2,
    Small = 3,
    Micro = 4,
}

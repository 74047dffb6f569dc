namespace SafetyPortal.Organization.Domain;

public enum EnterpriseType
{
    /// <summary>工贸企业.</summary>
    IndustryAndTrade = 1,

    /// <summary>危化企业.</summary>
    HazardousChemical = 2,
}

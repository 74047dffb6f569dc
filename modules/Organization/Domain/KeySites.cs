namespace SafetyPortal.Organization.Domain;

/// <summary>重点场所与工艺: the key sites and processes an enterprise has; several may apply.</summary>
[Flags]
public enum KeySites
{
    None = 0,
    ConfinedSpace = 1,
    CombustibleDust = 2,
    HazardousChemicals = 4,
    Metallurgy = 8,
    AmmoniaRefrigeration = 16,
    SpecialOperations = 32,
}

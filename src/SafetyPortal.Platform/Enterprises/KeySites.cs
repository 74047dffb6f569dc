namespace SafetyPortal.Platform.Enterprises;

/// <summary>重点场所与工艺: the key sites and processes an enterprise has (or a risk category belongs to); several may apply.
/// In the kernel because enterprises (Organization) and risk categories (Risks) both use it.</summary>
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

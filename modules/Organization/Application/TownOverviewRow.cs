namespace SafetyPortal.Organization.Application;

/// <summary>One town in the bureau's overview: its enterprises, staff, key sites and processes, and regulatory grades.</summary>
public sealed record TownOverviewRow(
    Guid TenantId,
    string Code,
    string Name,
    bool IsActive,
    int Enterprises,
    int Staff,
    int ConfinedSpace,
    int CombustibleDust,
    int HazardousChemicals,
    int Metallurgy,
    int AmmoniaRefrigeration,
    int SpecialOperations,
    int GradeA,
    int GradeB,
    int GradeC,
    int GradeD);

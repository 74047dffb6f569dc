namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>A town (or the city total) in GET /api/organization/reports/towns.</summary>
public sealed record TownOverviewRowDocument(
    Guid TenantId, string Code, string Name, bool IsActive, int Enterprises, int Staff,
    int ConfinedSpace, int CombustibleDust, int HazardousChemicals, int Metallurgy, int AmmoniaRefrigeration, int SpecialOperations,
    int GradeA, int GradeB, int GradeC, int GradeD);

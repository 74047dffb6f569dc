using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Seeding;

/// <summary>The shape of demo-towns.json: the city's towns, a few enterprises each, units, staff placements and grids.</summary>
internal sealed record DemoTowns(IReadOnlyList<DemoTown> Towns);

internal sealed record DemoTown(
    string Code,
    string Name,
    IReadOnlyList<DemoEnterprise> Enterprises,
    IReadOnlyList<DemoUnit>? Units,
    IReadOnlyList<DemoMember>? Members,
    IReadOnlyList<DemoGrid>? Grids);

internal sealed record DemoEnterprise(
    string Name,
    string CreditCode,
    string IndustryCode,
    IReadOnlyList<KeySites> KeySites,
    RegulatoryGrade RegulatoryGrade,
    EnterpriseScale Scale);

internal sealed record DemoUnit(string Enterprise, string Name, OrganizationUnitKind Kind);

/// <summary>A grid (网格) with its officer's account (a SafetyOfficer of the town) and its enterprises.</summary>
internal sealed record DemoGrid(string Name, string? Officer, IReadOnlyList<string> Enterprises);

/// <summary>An account (made by the host's demo seed) placed in an enterprise, or in one of its units.</summary>
internal sealed record DemoMember(string UserName, string Enterprise, string? Unit, string Position);

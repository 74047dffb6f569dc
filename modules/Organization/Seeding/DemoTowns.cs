namespace SafetyPortal.Organization.Seeding;

/// <summary>The shape of demo-towns.json: the towns of the seed city and a few enterprises in each.</summary>
internal sealed record DemoTowns(IReadOnlyList<DemoTown> Towns);

internal sealed record DemoTown(string Code, string Name, IReadOnlyList<string> Enterprises);

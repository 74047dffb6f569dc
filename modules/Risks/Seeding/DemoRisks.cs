namespace SafetyPortal.Risks.Seeding;

/// <summary>demo-risks.json: a small catalogue for machinery and powder metallurgy, and risk points for the demo enterprises.</summary>
internal sealed record DemoRisks(IReadOnlyList<DemoIndustry> Industries, IReadOnlyList<DemoCategory> Categories, IReadOnlyList<DemoPoint> Points);

internal sealed record DemoIndustry(string Code, string Name);

internal sealed record DemoCategory(string Industry, string Code, string Name, string KeySites, string Hazards,
    IReadOnlyList<string> Measures, IReadOnlyList<string> CheckPoints);

internal sealed record DemoPoint(string Category, string Name, string Location, string? Equipment, int L, int S, string? Person,
    IReadOnlyList<IReadOnlyList<string>> Measures);

namespace SafetyPortal.Bench.City;

/// <summary>A generated risk point: its enterprise, catalogue entry and LS numbers (L × S gives the level).</summary>
public sealed record GeneratedRiskPoint(int Index, int Enterprise, int Category, string Location, int Likelihood, int Severity);

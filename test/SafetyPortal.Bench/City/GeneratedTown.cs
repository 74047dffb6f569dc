namespace SafetyPortal.Bench.City;

/// <summary>A town of the generated city and how many of the city's enterprises it holds.</summary>
public sealed record GeneratedTown(int Index, string Code, string Name, int FirstEnterprise, int EnterpriseCount);

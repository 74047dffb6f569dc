namespace SafetyPortal.Organization.Application;

/// <summary>The bureau's cross-town overview: a row per town and the city's total.</summary>
public sealed record TownOverviewDto(IReadOnlyList<TownOverviewRow> Towns, TownOverviewRow Total);

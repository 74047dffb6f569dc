namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>GET /api/organization/reports/towns.</summary>
public sealed record TownOverviewDocument(List<TownOverviewRowDocument> Towns, TownOverviewRowDocument Total);

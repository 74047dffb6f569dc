namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>One town's line of a campaign dashboard.</summary>
public sealed record WorkOrderTownRowDto(Guid? TownId, string TownName, int Target, int Answered, decimal? Rate);

namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>A campaign's completion for one period (e.g. 501/501 locked), in all and per town.</summary>
public sealed record WorkOrderDashboardDto(WorkOrderCampaignDto Campaign, DateOnly Period, int Target, int Answered, decimal? Rate,
    IReadOnlyList<WorkOrderTownRowDto> Towns);

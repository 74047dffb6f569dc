namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>A work order with its campaign and every answer, newest first.</summary>
public sealed record WorkOrderDetailDto(WorkOrderDto Order, WorkOrderCampaignDto Campaign, IReadOnlyList<WorkOrderAnswerDto> Answers);

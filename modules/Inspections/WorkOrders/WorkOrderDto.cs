namespace SafetyPortal.Inspections.WorkOrders;

/// <summary>One enterprise's work order: whether it answered for the period asked about, and how often in all.</summary>
public sealed record WorkOrderDto(
    Guid Id,
    Guid CampaignId,
    string Title,
    string Frequency,
    Guid? TownId,
    Guid EnterpriseId,
    string EnterpriseName,
    DateOnly? Period,
    bool Answered,
    int AnswerCount,
    DateTime? LastAnsweredTime);

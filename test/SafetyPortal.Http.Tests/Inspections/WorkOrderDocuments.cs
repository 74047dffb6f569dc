namespace SafetyPortal.Http.Tests.Inspections;

public sealed record WorkOrderCampaignDocument(
    Guid Id, Guid? TownId, string Title, string Measure, string Frequency, DateOnly FirstDay, DateOnly LastDay, int MinPhotos, bool RequirePlace,
    string CreatorName, DateTime CreationTime, DateOnly? Period, int Target, int Answered, decimal? AnsweredRate);

public sealed record WorkOrderDocument(
    Guid Id, Guid CampaignId, string Title, string Frequency, Guid? TownId, Guid EnterpriseId, string EnterpriseName, DateOnly? Period, bool Answered,
    int AnswerCount, DateTime? LastAnsweredTime);

public sealed record EvidencePhotoDocument(Guid Id, string Name, DateTime? TakenAtUtc, double? Latitude, double? Longitude, string Url, string ThumbnailUrl);

public sealed record WorkOrderAnswerDocument(
    Guid Id, Guid WorkOrderId, DateOnly Period, string? Note, decimal? Latitude, decimal? Longitude, string AnswererName, DateTime AnsweredTime,
    List<EvidencePhotoDocument> Photos);

public sealed record WorkOrderTownRowDocument(Guid? TownId, string TownName, int Target, int Answered, decimal? Rate);

public sealed record WorkOrderDashboardDocument(WorkOrderCampaignDocument Campaign, DateOnly Period, int Target, int Answered, decimal? Rate,
    List<WorkOrderTownRowDocument> Towns);

public sealed record WorkOrderDetailDocument(WorkOrderDocument Order, WorkOrderCampaignDocument Campaign, List<WorkOrderAnswerDocument> Answers);

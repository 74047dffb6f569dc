namespace SafetyPortal.Http.Tests.Inspections;

public sealed record InspectionTaskDocument(
    Guid Id, Guid? TownId, Guid CycleId, string Tier, Guid EnterpriseId, string EnterpriseName, Guid? AssigneeId, string? AssigneeName,
    DateTime DueTime, string Status, bool IsOverdue, int ItemCount, int AnsweredCount, int FailedCount, DateTime? StartedTime,
    DateTime? SubmittedTime, string? SubmitterName, List<string> Flags, bool MayPerform);

public sealed record ChecklistItemDocument(
    Guid Id, int SortOrder, string Source, Guid? RiskPointId, string? RiskPoint, string Text, string Answer, string? Note, DateTime? AnsweredTime, Guid? HazardId,
    List<ChecklistPhotoDocument> Photos);

public sealed record ChecklistPhotoDocument(Guid Id, Guid ItemId, string Name, DateTime? TakenAtUtc, double? Latitude, double? Longitude, string Url, string ThumbnailUrl);

public sealed record InspectionTaskDetailDocument(InspectionTaskDocument Task, DateOnly PeriodStart, DateOnly PeriodEnd, bool CycleOpen, List<ChecklistItemDocument> Items);

public sealed record InspectionCycleDocument(
    Guid Id, Guid? TownId, string Tier, DateOnly PeriodStart, DateOnly PeriodEnd, DateTime DueTime, string Status, int TaskCount,
    int Submitted, int InProgress, int Overdue, int Missed, int Flagged, decimal? CoverageRate);

public sealed record OpenCycleDocument(int Opened, InspectionCycleDocument Cycle);

public sealed record ProgressDocument(Guid Id, string Status, int ItemCount, int AnsweredCount, int FailedCount);

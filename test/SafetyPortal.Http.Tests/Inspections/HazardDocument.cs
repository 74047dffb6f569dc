namespace SafetyPortal.Http.Tests.Inspections;

public sealed record HazardDocument(
    Guid Id,
    Guid? TownId,
    Guid EnterpriseId,
    string EnterpriseName,
    string Description,
    string? Location,
    string Level,
    string Status,
    bool IsOverdue,
    string ReporterName,
    DateTime ReportedTime,
    DateTime? Deadline,
    DateTime? RectifiedTime,
    DateTime? ClosedTime,
    Guid? InstanceId,
    Guid? InspectionTaskId = null,
    Guid? RiskPointId = null);

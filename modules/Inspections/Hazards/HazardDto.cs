namespace SafetyPortal.Inspections.Hazards;

/// <summary>A row of the hazard register; times are UTC.</summary>
public sealed record HazardDto(
    Guid Id,
    Guid? TownId,
    Guid EnterpriseId,
    string EnterpriseName,
    string Description,
    string? Location,
    string Level,
    string Status,
    bool IsOverdue,
    string? ResponsiblePerson,
    string ReporterName,
    DateTime ReportedTime,
    DateTime? Deadline,
    DateTime? RectifiedTime,
    DateTime? ClosedTime,
    Guid? InstanceId,
    Guid? InspectionTaskId,
    Guid? RiskPointId);

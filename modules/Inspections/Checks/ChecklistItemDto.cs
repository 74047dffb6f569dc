namespace SafetyPortal.Inspections.Checks;

/// <summary>One checklist line, its answer (Pending, Passed, Failed, NotApplicable) and photos; HazardId once a failed item became a hazard.</summary>
public sealed record ChecklistItemDto(
    Guid Id,
    int SortOrder,
    string Source,
    Guid? RiskPointId,
    string? RiskPoint,
    string Text,
    string Answer,
    string? Note,
    DateTime? AnsweredTime,
    Guid? HazardId,
    IReadOnlyList<ChecklistPhotoDto> Photos);

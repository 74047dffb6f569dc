namespace SafetyPortal.Inspections.Checks;

/// <summary>Where a checklist stands after answers were saved.</summary>
public sealed record InspectionTaskProgressDto(Guid Id, string Status, int ItemCount, int AnsweredCount, int FailedCount);

namespace SafetyPortal.Inspections.Checks;

/// <summary>An inspection task with its checklist, in order, and whether its cycle still takes answers.</summary>
public sealed record InspectionTaskDetailDto(InspectionTaskDto Task, DateOnly PeriodStart, DateOnly PeriodEnd, bool CycleOpen, IReadOnlyList<ChecklistItemDto> Items);

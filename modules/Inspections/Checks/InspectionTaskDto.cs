namespace SafetyPortal.Inspections.Checks;

/// <summary>A row of the inspection task list; times are UTC. MayPerform: the reader may answer and submit it.</summary>
public sealed record InspectionTaskDto(
    Guid Id,
    Guid? TownId,
    Guid CycleId,
    string Tier,
    Guid EnterpriseId,
    string EnterpriseName,
    Guid? AssigneeId,
    string? AssigneeName,
    DateTime DueTime,
    string Status,
    bool IsOverdue,
    int ItemCount,
    int AnsweredCount,
    int FailedCount,
    DateTime? StartedTime,
    DateTime? SubmittedTime,
    string? SubmitterName,
    IReadOnlyList<string> Flags,
    bool MayPerform);

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>
/// One enterprise's inspection in one cycle: its checklist, who does it, and its answers. It runs as an instance of the
/// inspection-task process (business key: its id), which waits for the submission and escalates it when overdue.
/// </summary>
public class InspectionTask : AggregateRoot, IEnterpriseRecord
{
    public const int MaxNameLength = 256;

    public Guid? TenantId { get; set; }
    public Guid CycleId { get; set; }
    public InspectionTier Tier { get; set; }
    public Guid EnterpriseId { get; set; }

    /// <summary>The safety officer or inspector it is assigned to; null for a self-check (the enterprise's safety managers).</summary>
    public Guid? AssigneeId { get; set; }

    /// <summary>When it is due (UTC), the cycle's due time.</summary>
    public DateTime DueTime { get; set; }

    public InspectionTaskStatus Status { get; set; } = InspectionTaskStatus.Open;
    public int ItemCount { get; set; }
    public int AnsweredCount { get; set; }
    public int FailedCount { get; set; }

    /// <summary>The first answer's time (UTC).</summary>
    public DateTime? StartedTime { get; set; }
    public DateTime? SubmittedTime { get; set; }
    public Guid? SubmittedBy { get; set; }
    public string? SubmitterName { get; set; }

    /// <summary>Where the phone was at the submission (WGS-84), when it told us.</summary>
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }

    public PerfunctoryFlags Flags { get; set; }
    public List<ChecklistItem> Items { get; set; } = [];
}

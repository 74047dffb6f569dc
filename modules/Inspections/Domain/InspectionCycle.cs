using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>
/// One period of one tier in one town (the self-checks of November, the patrols of November–December): the tasks opened
/// for every enterprise in scope. It stays open until the next cycle of its tier opens.
/// </summary>
public class InspectionCycle : Entity, IMultiTenant, IHasCreationTime
{
    public Guid? TenantId { get; set; }
    public InspectionTier Tier { get; set; }

    /// <summary>The first day of the period (China calendar).</summary>
    public DateOnly PeriodStart { get; set; }

    /// <summary>The last day of the period, inclusive.</summary>
    public DateOnly PeriodEnd { get; set; }

    /// <summary>When the period's tasks are due (UTC): the end of its last day, China time.</summary>
    public DateTime DueTime { get; set; }

    public InspectionCycleStatus Status { get; set; } = InspectionCycleStatus.Open;
    public int TaskCount { get; set; }
    public DateTime CreationTime { get; set; }
    public DateTime? ClosedTime { get; set; }
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>
/// 事故隐患: a hazard found at an enterprise, closed through the hazard-closure process (confirm level → rectify by the
/// deadline → verify → close, or back to rectify). The process instance is kept so the register links to it.
/// </summary>
public class Hazard : AggregateRoot, IEnterpriseRecord
{
    public const int MaxDescriptionLength = 500;
    public const int MaxLocationLength = 200;
    public const int MaxPersonLength = 50;
    public const int MaxReporterNameLength = 256;

    public Guid? TenantId { get; set; }
    public Guid EnterpriseId { get; set; }
    public string Description { get; set; } = "";

    /// <summary>Where at the enterprise (workshop, tank, storeroom); optional.</summary>
    public string? Location { get; set; }

    /// <summary>The level proposed when reported, then the one the town confirmed.</summary>
    public HazardLevel Level { get; set; }

    public HazardStatus Status { get; set; }

    /// <summary>The person at the enterprise responsible for the rectification; optional.</summary>
    public string? ResponsiblePerson { get; set; }

    public Guid ReportedBy { get; set; }
    public string ReporterName { get; set; } = "";
    public DateTime ReportedTime { get; set; }

    /// <summary>When the rectification is due (UTC): set when the level is confirmed, again after a failed verification.</summary>
    public DateTime? Deadline { get; set; }

    /// <summary>When the bureau was told of it as a Major hazard (重大事故隐患 are reported to the bureau once).</summary>
    public DateTime? MajorReportedTime { get; set; }

    public DateTime? RectifiedTime { get; set; }
    public DateTime? ClosedTime { get; set; }

    /// <summary>The risk point it was found at, when it came from a checklist item of one.</summary>
    public Guid? RiskPointId { get; set; }

    /// <summary>The inspection whose failed item it came from; null for a hazard reported on its own.</summary>
    public Guid? InspectionTaskId { get; set; }

    /// <summary>The hazard-closure process instance driving it.</summary>
    public Guid? InstanceId { get; set; }
}

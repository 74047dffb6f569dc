using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>
/// 工单: a measure the bureau (TenantId null, enterprises of every town) or a town pushes to the enterprises a screening
/// chose — say, confined spaces locked "one person, one lock" — answered by each enterprise with on-site photos, once,
/// daily or weekly, from the first day to the last (China calendar, inclusive).
/// </summary>
public class WorkOrderCampaign : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 100;
    public const int MaxMeasureLength = 1000;
    public const int MaxNameLength = 256;

    public Guid? TenantId { get; set; }
    public string Title { get; set; } = "";

    /// <summary>What the enterprise must do and show.</summary>
    public string Measure { get; set; } = "";
    public WorkOrderFrequency Frequency { get; set; }
    public DateOnly FirstDay { get; set; }
    public DateOnly LastDay { get; set; }

    /// <summary>Photos each answer needs (1–9).</summary>
    public int MinPhotos { get; set; } = 1;

    /// <summary>Each answer must say where it was taken (the phone's location).</summary>
    public bool RequirePlace { get; set; }

    public int TargetCount { get; set; }
    public string CreatorName { get; set; } = "";
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>An enterprise's answer to a work order for one period (the day, the week's Monday, or the campaign's first day when once).</summary>
public class WorkOrderAnswer : Entity, IMultiTenant
{
    public const int MaxNoteLength = 500;

    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid WorkOrderId { get; set; }
    public Guid EnterpriseId { get; set; }
    public DateOnly Period { get; set; }
    public string? Note { get; set; }
    public decimal? Latitude { get; set; }
    public decimal? Longitude { get; set; }
    public Guid AnsweredBy { get; set; }
    public string AnswererName { get; set; } = "";
    public DateTime AnsweredTime { get; set; }
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>One enterprise's share of a campaign, in the enterprise's town (a bureau campaign has one in each town it reaches).</summary>
public class WorkOrder : Entity, IEnterpriseRecord
{
    public Guid? TenantId { get; set; }
    public Guid CampaignId { get; set; }
    public Guid EnterpriseId { get; set; }
    public int AnswerCount { get; set; }
    public DateTime? LastAnsweredTime { get; set; }
}

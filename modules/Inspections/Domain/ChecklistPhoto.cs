namespace SafetyPortal.Inspections.Domain;

/// <summary>A photo taken for one checklist item. The enterprise is kept to find the same photo shown again in a later inspection.</summary>
public class ChecklistPhoto : EvidencePhoto
{
    public Guid TaskId { get; set; }
    public Guid ItemId { get; set; }
    public Guid EnterpriseId { get; set; }
}

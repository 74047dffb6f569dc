namespace SafetyPortal.Inspections.Domain;

/// <summary>A photo of a work-order answer, taken on site.</summary>
public class WorkOrderPhoto : EvidencePhoto
{
    public Guid AnswerId { get; set; }
    public Guid WorkOrderId { get; set; }
}

namespace SafetyPortal.Inspections.Domain;

/// <summary>A photo of a hazard as found (Before) or after its rectification (After).</summary>
public class HazardPhoto : EvidencePhoto
{
    public Guid HazardId { get; set; }
    public HazardPhotoStage Stage { get; set; }
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Inspections.Domain;

/// <summary>
/// A photo taken as evidence (of a hazard, of a checklist item), kept in the platform's file store (its id is the stored
/// file's), with a thumbnail and what the camera recorded: when (EXIF, UTC) and where (WGS-84), when present.
/// </summary>
public abstract class EvidencePhoto : Entity, IMultiTenant
{
    public const int MaxNameLength = 200;

    public Guid? TenantId { get; set; }
    public string Name { get; set; } = "";
    public string ContentType { get; set; } = "";
    public long Size { get; set; }

    /// <summary>The content's SHA-256, to spot the same photo uploaded again.</summary>
    public string Sha256 { get; set; } = "";

    public Guid ThumbnailId { get; set; }
    public int Width { get; set; }
    public int Height { get; set; }
    public DateTime? TakenAtUtc { get; set; }
    public double? Latitude { get; set; }
    public double? Longitude { get; set; }
    public string UploadedBy { get; set; } = "";
    public DateTime CreationTime { get; set; }
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// 证书: issued once per source (an exam's first passed attempt, a commendation), with a random serial number anyone
/// can verify. What it says is fixed at issue (holder, title, lines, town); only its status changes: a revoked
/// certificate keeps its serial and verifies as revoked, with the reason.
/// </summary>
public class Certificate : AggregateRoot, IMultiTenant
{
    public const int MaxSerialLength = 32;
    public const int MaxTownNameLength = 128;
    public const int MaxRevokeReasonLength = 256;

    public Guid? TenantId { get; set; }
    public string Serial { get; set; } = "";
    public Guid? UserId { get; set; }
    public string HolderName { get; set; } = "";
    public string Title { get; set; } = "";

    /// <summary>The body's lines as printed, one per line (JSON array).</summary>
    public string LinesJson { get; set; } = "[]";

    /// <summary>The issuing town's name at issue; null: the bureau.</summary>
    public string? TownName { get; set; }

    public string SourceKind { get; set; } = "";
    public Guid SourceId { get; set; }
    public DateTime IssuedAt { get; set; }
    public CertificateStatus Status { get; set; } = CertificateStatus.Valid;
    public DateTime? RevokedAt { get; set; }
    public string? RevokeReason { get; set; }
}

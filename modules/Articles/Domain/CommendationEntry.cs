using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.Domain;

/// <summary>
/// One line of a commendation list: an enterprise or a person, with the name, rank, score and indicator values as they
/// were when the list was drafted or proposed (a snapshot, not recomputed). An excluded line stays on the list with the
/// reason, from an exclusion rule (<see cref="ExclusionRule"/> its code) or the town (<see cref="ManualExclusion"/>).
/// </summary>
public class CommendationEntry : Entity, IMultiTenant
{
    public const int MaxNameLength = 128;
    public const int MaxIndicatorsLength = 1000;
    public const string ManualExclusion = "Manual";

    public Guid? TenantId { get; set; }
    public Guid ListId { get; set; }
    public CommendationEntryKind Kind { get; set; }

    /// <summary>The enterprise or the person (user id).</summary>
    public Guid SubjectId { get; set; }

    /// <summary>A person's enterprise; null for an enterprise.</summary>
    public Guid? EnterpriseId { get; set; }

    public string Name { get; set; } = "";
    public int? Rank { get; set; }
    public decimal Score { get; set; }

    /// <summary>The indicator values behind the score, as JSON (name → value).</summary>
    public string IndicatorsJson { get; set; } = "{}";

    public CommendationOrigin Origin { get; set; }

    /// <summary>The town's reason for a manual addition.</summary>
    public string? AdditionReason { get; set; }

    public bool Excluded { get; set; }
    public string? ExclusionRule { get; set; }
    public string? ExclusionReason { get; set; }

    /// <summary>The certificate issued for a commended person when the list was published.</summary>
    public string? CertificateSerial { get; set; }
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Risks.Domain;

/// <summary>One line of a risk point's readable history: who did what, when, and why.</summary>
public class RiskPointChange : Entity, IMultiTenant, IHasCreationTime
{
    public const int MaxSummaryLength = 2000;

    public Guid? TenantId { get; set; }
    public Guid RiskPointId { get; set; }
    public RiskPointChangeKind Kind { get; set; }
    public Guid? UserId { get; set; }
    public string? UserName { get; set; }

    /// <summary>What changed, "field: old → new" per line, in the invariant field names.</summary>
    public string? Summary { get; set; }

    /// <summary>The return reason, for Returned.</summary>
    public string? Reason { get; set; }
    public RiskLevel Level { get; set; }
    public VerificationStatus Verification { get; set; }
    public DateTime CreationTime { get; set; }
}

using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Risks.Domain;

/// <summary>
/// 风险点: one place or activity in one enterprise, of one catalogue category, assessed to a level.
/// The enterprise reports and edits it; every report or edit waits for the town's verification.
/// </summary>
public class RiskPoint : AggregateRoot, IMultiTenant
{
    public const int MaxNameLength = 128;
    public const int MaxLocationLength = 128;
    public const int MaxEquipmentLength = 128;
    public const int MaxPersonLength = 64;
    public const int MaxReasonLength = 500;

    public Guid? TenantId { get; set; }

    /// <summary>The organization unit (kind Enterprise) the point belongs to.</summary>
    public Guid EnterpriseId { get; set; }
    public Guid CategoryId { get; set; }

    /// <summary>The catalogue version the point was last assessed against.</summary>
    public int CategoryVersion { get; set; }

    public string Name { get; set; } = "";

    /// <summary>Where: building, workshop, area. Together with the category it identifies the point in its enterprise.</summary>
    public string Location { get; set; } = "";
    public string? Equipment { get; set; }

    public AssessmentMethod Method { get; set; }
    public decimal Likelihood { get; set; }
    public decimal? Exposure { get; set; }
    public decimal Severity { get; set; }
    public decimal Score { get; set; }
    public RiskLevel Level { get; set; }

    public string? ResponsiblePerson { get; set; }
    public string? ResponsiblePhone { get; set; }

    public RiskPointStatus Status { get; set; } = RiskPointStatus.Active;
    public VerificationStatus Verification { get; set; } = VerificationStatus.Pending;

    /// <summary>Why the town returned the point; cleared when it is reported again.</summary>
    public string? ReturnReason { get; set; }
    public DateTime? VerifiedTime { get; set; }

    public List<RiskControlMeasure> Measures { get; set; } = [];

    public RiskAssessment Assessment => new(Method, Likelihood, Exposure, Severity);

    /// <summary>Sets the numbers and the score and level they give.</summary>
    public void Assess(RiskAssessment assessment)
    {
        Method = assessment.Method;
        Likelihood = assessment.Likelihood;
        Exposure = assessment.Method == AssessmentMethod.LEC ? assessment.Exposure : null;
        Severity = assessment.Severity;
        Score = assessment.Score;
        Level = assessment.Level;
    }
}

using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Articles.Domain;

/// <summary>
/// 必读: an article assigned as required reading to an audience of the town (or of one enterprise, when its safety
/// manager assigns it). The people it reached are its <see cref="MustReadRecipient"/>s, fixed when it is assigned.
/// </summary>
public class MustReadAssignment : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 200;
    public const int MaxUnitCodeLength = 200;
    public const decimal MaxCreditHours = 8m;

    public Guid? TenantId { get; set; }
    public Guid ArticleId { get; set; }

    /// <summary>The article's title when it was assigned, for lists.</summary>
    public string ArticleTitle { get; set; } = "";

    /// <summary>The enterprise whose safety manager assigned it; null: the town assigned it.</summary>
    public Guid? OwnerEnterpriseId { get; set; }

    /// <summary>The audience as training plans name it: one enterprise or all, a unit subtree, the groups.</summary>
    public Guid? EnterpriseId { get; set; }
    public string? OrganizationUnitCode { get; set; }
    public TrainingAudience Audience { get; set; }

    /// <summary>学时 earned by reading it to the end (0: none), recorded once per person and article in the ledger.</summary>
    public decimal CreditHours { get; set; }

    /// <summary>When it should be read by (UTC); null: no deadline.</summary>
    public DateTime? Deadline { get; set; }

    public Guid AssignedBy { get; set; }
    public int RecipientCount { get; set; }
}

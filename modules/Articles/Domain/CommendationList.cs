using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Articles.Domain;

/// <summary>
/// 表彰名单: a town's commendation list for a quarter or a year. The town drafts it from the ranking (additions and
/// exclusions with reasons) and proposes it, which snapshots the ranking again; the bureau approves or returns it with a
/// reason, then publishes it as the honour roll (光荣榜) with a certificate for each commended person.
/// </summary>
public class CommendationList : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxReasonLength = 500;

    /// <summary>The proposing town.</summary>
    public Guid? TenantId { get; set; }

    public string Title { get; set; } = "";
    public CommendationPeriodKind PeriodKind { get; set; }
    public int Year { get; set; }
    public int? Quarter { get; set; }
    public CommendationStatus Status { get; set; } = CommendationStatus.Draft;

    /// <summary>The bureau's reason when it returned the list.</summary>
    public string? ReturnReason { get; set; }

    public DateTime? ProposedTime { get; set; }
    public DateTime? DecidedTime { get; set; }
    public Guid? DecidedBy { get; set; }
    public DateTime? PublishedTime { get; set; }

    public List<CommendationEntry> Entries { get; set; } = [];

    public CommendationPeriod Period => new(PeriodKind, Year, PeriodKind == CommendationPeriodKind.Quarter ? Quarter : null);

    /// <summary>The town may still change it.</summary>
    public bool IsEditable => Status is CommendationStatus.Draft or CommendationStatus.Returned;
}

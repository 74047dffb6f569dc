using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.Domain;

/// <summary>
/// 以案示警: an enforcement case told as an article. The bureau's (TenantId null) are read in every town, a town's in
/// that town. Written as Markdown; <see cref="HtmlBody"/> is the sanitised HTML made from it at every save.
/// </summary>
public class CaseWarning : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxIssueNumberLength = 32;
    public const int MaxSummaryLength = 500;
    public const int MaxBodyLength = 100_000;
    public const int MaxViolationLength = 200;
    public const int MaxLegalBasisLength = 1000;
    public const int MaxPenaltyLength = 500;
    public const int MaxReasonLength = 500;

    public Guid? TenantId { get; set; }

    public string Title { get; set; } = "";

    /// <summary>期号, e.g. "2024年第12期": unique per owner (the bureau, or one town).</summary>
    public string? IssueNumber { get; set; }
    public string? Summary { get; set; }
    public string MarkdownBody { get; set; } = "";
    public string HtmlBody { get; set; } = "";

    /// <summary>The cover image in the file store (container "articles/covers").</summary>
    public Guid? CoverFileId { get; set; }

    /// <summary>违法行为 / 案由, e.g. "未如实记录安全生产教育和培训情况".</summary>
    public string? ViolationType { get; set; }

    /// <summary>The articles of law the decision cites.</summary>
    public string? LegalBasis { get; set; }

    /// <summary>The penalty decided, e.g. "罚款人民币3万元".</summary>
    public string? Penalty { get; set; }

    /// <summary>重点场所与工艺 the case concerns.</summary>
    public KeySites KeySites { get; set; }

    public CaseWarningStatus Status { get; set; } = CaseWarningStatus.Draft;

    /// <summary>The reviewer's reason when <see cref="CaseWarningStatus.Returned"/>.</summary>
    public string? ReturnReason { get; set; }

    /// <summary>When readers see a published article (UTC); a time ahead is a scheduled publication.</summary>
    public DateTime? PublishAt { get; set; }

    /// <summary>How many readers opened it (each reader once).</summary>
    public int ReadCount { get; set; }

    public List<CaseWarningTag> Tags { get; set; } = [];

    public bool IsEditable => Status is CaseWarningStatus.Draft or CaseWarningStatus.Returned or CaseWarningStatus.Withdrawn;

    /// <summary>Author sends the article for review; false when it is not editable now.</summary>
    public bool Submit()
    {
        if (!IsEditable)
        {
            return false;
        }
        Status = CaseWarningStatus.InReview;
        ReturnReason = null;
        return true;
    }

    /// <summary>Reviewer approves an article in review, to be seen from <paramref name="publishAt"/>.</summary>
    public bool Approve(DateTime publishAt)
    {
        if (Status != CaseWarningStatus.InReview)
        {
            return false;
        }
        Status = CaseWarningStatus.Published;
        PublishAt = publishAt;
        return true;
    }

    /// <summary>Reviewer sends an article in review back to its author with a reason.</summary>
    public bool Return(string reason)
    {
        if (Status != CaseWarningStatus.InReview)
        {
            return false;
        }
        Status = CaseWarningStatus.Returned;
        ReturnReason = reason;
        return true;
    }

    /// <summary>Takes a published (or scheduled) article off the reading list.</summary>
    public bool Withdraw()
    {
        if (Status != CaseWarningStatus.Published)
        {
            return false;
        }
        Status = CaseWarningStatus.Withdrawn;
        return true;
    }
}

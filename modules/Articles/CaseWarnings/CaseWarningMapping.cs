using System.Linq.Expressions;
using SafetyPortal.Articles.Domain;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>Entities to the API's records.</summary>
public static class CaseWarningMapping
{
    /// <summary>For list queries (translated to SQL).</summary>
    public static readonly Expression<Func<CaseWarning, CaseWarningRowDto>> Row = a => new CaseWarningRowDto(a.Id, a.Title, a.IssueNumber,
        a.Summary, a.TenantId == null, a.Status, a.PublishAt, a.CoverFileId != null, a.KeySites, a.ReadCount, a.ViolationType,
        a.LastModificationTime);

    public static CaseWarningDto ToDto(this CaseWarning article, IEnumerable<CaseWarningTag> tags, bool canEdit)
    {
        ArgumentNullException.ThrowIfNull(article);
        var list = tags.ToList();
        string[] Codes(CaseWarningTagKind kind) => [.. list.Where(t => t.Kind == kind).Select(t => t.Code).Order(StringComparer.Ordinal)];
        return new CaseWarningDto(article.Id, article.Title, article.IssueNumber, article.Summary, article.MarkdownBody, article.HtmlBody,
            article.CoverFileId is not null, article.ViolationType, article.LegalBasis, article.Penalty, article.KeySites,
            Codes(CaseWarningTagKind.RiskCategory), Codes(CaseWarningTagKind.Industry), article.TenantId is null, article.Status,
            article.ReturnReason, article.PublishAt, article.ReadCount, article.ConcurrencyStamp, canEdit);
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>The reading list, the managers' list and one article.</summary>
public sealed class ReadCaseWarnings(CaseWarningScope scope, SignedInUser user)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    /// <summary>Published articles meant for the user whose time has come, newest first.</summary>
    public Task<PagedResult<CaseWarningRowDto>> ReadingListAsync(PageRequest page, CaseWarningFilter filter, CancellationToken cancellationToken) =>
        Filter(scope.Published(), page, filter with { Status = null })
            .OrderByDescending(a => a.PublishAt).ThenBy(a => a.Id).Select(CaseWarningMapping.Row).ToPagedResultAsync(page, cancellationToken);

    /// <summary>The managers' list: every article of their side, drafts included, last changed first.</summary>
    public Task<PagedResult<CaseWarningRowDto>> ManagedAsync(PageRequest page, CaseWarningFilter filter, CancellationToken cancellationToken) =>
        Filter(scope.Own(), page, filter)
            .OrderByDescending(a => a.LastModificationTime ?? a.CreationTime).ThenBy(a => a.Id).Select(CaseWarningMapping.Row)
            .ToPagedResultAsync(page, cancellationToken);

    public async Task<CaseWarningDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await scope.FindReadableAsync(id, cancellationToken);
        var canEdit = article.TenantId == user.TenantId && await user.IsGrantedAsync(ArticlesPermissions.CaseWarnings.Manage);
        var tags = await scope.BureauOrMine<CaseWarningTag>().AsNoTracking().Where(t => t.ArticleId == id).ToListAsync(cancellationToken);
        return article.ToDto(tags, canEdit);
    }

    private IQueryable<CaseWarning> Filter(IQueryable<CaseWarning> articles, PageRequest page, CaseWarningFilter filter)
    {
        if ((filter.Q?.Trim() is { Length: > 0 } q ? q : page.SearchText) is { } text)
        {
            articles = articles.Where(a => a.Title.Contains(text) || (a.IssueNumber != null && a.IssueNumber.Contains(text))
                || (a.Summary != null && a.Summary.Contains(text)) || (a.ViolationType != null && a.ViolationType.Contains(text)));
        }
        if (filter.Status is { } status)
        {
            articles = articles.Where(a => a.Status == status);
        }
        if (filter.KeySite is { } site and not KeySites.None)
        {
            articles = articles.Where(a => (a.KeySites & site) == site);
        }
        if (filter.Year is { } year and > 1900 and < 3000)
        {
            var from = new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Utc) - ChinaOffset;
            var to = from.AddYears(1);
            articles = articles.Where(a => a.PublishAt >= from && a.PublishAt < to);
        }
        articles = Tagged(articles, CaseWarningTagKind.RiskCategory, filter.Tag);
        return Tagged(articles, CaseWarningTagKind.Industry, filter.Industry);
    }

    private IQueryable<CaseWarning> Tagged(IQueryable<CaseWarning> articles, CaseWarningTagKind kind, string? code)
    {
        if (string.IsNullOrWhiteSpace(code))
        {
            return articles;
        }
        var wanted = code.Trim();
        var tagged = scope.BureauOrMine<CaseWarningTag>().Where(t => t.Kind == kind && t.Code == wanted).Select(t => t.ArticleId);
        return articles.Where(a => tagged.Contains(a.Id));
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Articles.MustRead;

/// <summary>The case-warning articles as must-read needs them: a published one readers of this town see, and who read it to the end.</summary>
public sealed class MustReadArticles(PortalDbContext db, ICurrentTenant currentTenant, TimeProvider clock)
{
    public async Task<(Guid Id, string Title)?> FindPublishedAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await Published().Where(a => a.Id == articleId)
            .Select(a => new { a.Id, a.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return article is null ? null : (article.Id, article.Title);
    }

    /// <summary>The newest published articles readers of this town see, for the assignment form's picker.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ListPublishedAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await Published().OrderByDescending(a => a.PublishAt).ThenBy(a => a.Id).Take(take)
            .Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        return [.. rows.Select(a => (a.Id, a.Title))];
    }

    /// <summary>When each reader of this town read the article to the end.</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTime?>> ReadToEndTimesAsync(Guid articleId, CancellationToken cancellationToken) =>
        await db.Set<CaseWarningReading>().AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.ReadToEndAt != null)
            .ToDictionaryAsync(r => r.UserId, r => r.ReadToEndAt, cancellationToken);

    private IQueryable<CaseWarning> Published()
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var town = currentTenant.Id;
        // Bureau articles (no town) are read in every town.
        return db.Set<CaseWarning>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => (a.TenantId == null || a.TenantId == town) && a.Status == CaseWarningStatus.Published && (a.PublishAt == null || a.PublishAt <= now));
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Articles.MustRead;

/// <summary>The case-warning articles as must-read needs them: a published one readers of this town see, and who read it to the end.</summary>
public sealed class MustReadArticles(PortalDbContext db, CaseWarningScope scope)
{
    public async Task<(Guid Id, string Title)?> FindPublishedAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await scope.Published().AsNoTracking().Where(a => a.Id == articleId)
            .Select(a => new { a.Id, a.Title })
            .FirstOrDefaultAsync(cancellationToken);
        return article is null ? null : (article.Id, article.Title);
    }

    /// <summary>The newest published articles readers of this town see, for the assignment form's picker.</summary>
    public async Task<IReadOnlyList<(Guid Id, string Title)>> ListPublishedAsync(int take, CancellationToken cancellationToken)
    {
        var rows = await scope.Published().AsNoTracking().OrderByDescending(a => a.PublishAt).ThenBy(a => a.Id).Take(take)
            .Select(a => new { a.Id, a.Title }).ToListAsync(cancellationToken);
        return [.. rows.Select(a => (a.Id, a.Title))];
    }

    /// <summary>When each reader of this town read the article to the end.</summary>
    public async Task<IReadOnlyDictionary<Guid, DateTime?>> ReadToEndTimesAsync(Guid articleId, CancellationToken cancellationToken) =>
        await db.Set<CaseWarningReading>().AsNoTracking()
            .Where(r => r.ArticleId == articleId && r.ReadToEndAt != null)
            .ToDictionaryAsync(r => r.UserId, r => r.ReadToEndAt, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Articles.MustRead;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Articles.CaseWarnings;

/// <summary>
/// Read receipts (阅读回执): opening an article records the reader's first open and counts them once in the article's
/// read count; reaching its end records that once, completes the reader's must-reads of the article and earns the
/// hours they offer (<see cref="MustReadProgress"/>), in one transaction.
/// </summary>
public sealed class RecordReading(PortalDbContext db, CaseWarningScope scope, SignedInUser user, MustReadProgress mustRead, TimeProvider clock)
{
    /// <summary>The reader opened the article: their receipt, created (and the read count raised) on the first open only.</summary>
    public async Task<ReadingReceiptDto> OpenAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await scope.FindReadableAsync(articleId, cancellationToken);
        var userId = user.Id;
        if (await FindAsync(articleId, userId, cancellationToken) is null && article.Status == CaseWarningStatus.Published)
        {
            var reading = new CaseWarningReading
            {
                TenantId = user.TenantId, ArticleId = articleId, UserId = userId, FirstOpenedAt = clock.GetUtcNow().UtcDateTime,
            };
            db.Add(reading);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                // Raised in SQL, not through the tracked article: readers never collide with an author's concurrency stamp.
                await db.Set<CaseWarning>().IgnoreQueryFilters().Where(a => a.Id == articleId)
                    .ExecuteUpdateAsync(s => s.SetProperty(a => a.ReadCount, a => a.ReadCount + 1), cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same reader's other tab recorded the first open a moment earlier: theirs counts.
                db.Entry(reading).State = EntityState.Detached;
            }
        }
        return await ReceiptAsync(articleId, userId, firstReadToEnd: false, cancellationToken);
    }

    /// <summary>The reader reached the end: recorded once; true in the answer only on the call that recorded it.</summary>
    public async Task<ReadingReceiptDto> ReadToEndAsync(Guid articleId, CancellationToken cancellationToken)
    {
        await OpenAsync(articleId, cancellationToken);
        var userId = user.Id;
        var now = clock.GetUtcNow().UtcDateTime;
        var first = false;
        // The receipt, the must-reads it completes and the hours they earn commit together.
        await db.InTransactionAsync(async ct =>
        {
            first = await db.Set<CaseWarningReading>().IgnoreQueryFilters()
                .Where(r => r.ArticleId == articleId && r.UserId == userId && r.ReadToEndAt == null)
                .ExecuteUpdateAsync(s => s.SetProperty(r => r.ReadToEndAt, now), ct) == 1;
            if (first)
            {
                var title = await db.Set<CaseWarning>().IgnoreQueryFilters().Where(a => a.Id == articleId).Select(a => a.Title).FirstAsync(ct);
                await mustRead.ReadToEndAsync(articleId, title, userId, now, ct);
                await db.SaveChangesAsync(ct);
            }
        }, cancellationToken);
        return await ReceiptAsync(articleId, userId, first, cancellationToken);
    }

    /// <summary>The user's receipts, latest opened first.</summary>
    public Task<PagedResult<MyReadingDto>> MineAsync(PageRequest page, CancellationToken cancellationToken)
    {
        var userId = user.Id;
        return db.Set<CaseWarningReading>().IgnoreQueryFilters().Where(r => r.UserId == userId)
            .Join(scope.BureauOrMine<CaseWarning>(), r => r.ArticleId, a => a.Id, (r, a) => new { r, a })
            .OrderByDescending(x => x.r.FirstOpenedAt).ThenBy(x => x.r.Id)
            .Select(x => new MyReadingDto(x.a.Id, x.a.Title, x.a.IssueNumber, x.r.FirstOpenedAt, x.r.ReadToEndAt))
            .ToPagedResultAsync(page, cancellationToken);
    }

    private Task<CaseWarningReading?> FindAsync(Guid articleId, Guid userId, CancellationToken cancellationToken) =>
        db.Set<CaseWarningReading>().IgnoreQueryFilters().AsNoTracking()
            .FirstOrDefaultAsync(r => r.ArticleId == articleId && r.UserId == userId, cancellationToken);

    private async Task<ReadingReceiptDto> ReceiptAsync(Guid articleId, Guid userId, bool firstReadToEnd, CancellationToken cancellationToken)
    {
        var readCount = await db.Set<CaseWarning>().IgnoreQueryFilters().Where(a => a.Id == articleId).Select(a => a.ReadCount)
            .FirstAsync(cancellationToken);
        var reading = await FindAsync(articleId, userId, cancellationToken);
        return new ReadingReceiptDto(articleId, reading?.FirstOpenedAt ?? default, reading?.ReadToEndAt, readCount, firstReadToEnd);
    }
}

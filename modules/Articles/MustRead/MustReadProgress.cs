using Microsoft.EntityFrameworkCore;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// A reader reached the end of an article: every must-read of theirs for it is done, and the most hours any of those
/// assignments offers go into the ledger. Runs in the caller's unit of work (the caller saves).
/// </summary>
public sealed class MustReadProgress(PortalDbContext db, MustReadCredit credit)
{
    public async Task ReadToEndAsync(Guid articleId, string title, Guid userId, DateTime readAt, CancellationToken cancellationToken = default)
    {
        var open = await db.Set<MustReadRecipient>()
            .Where(r => r.ArticleId == articleId && r.UserId == userId && r.ReadToEndAt == null)
            .ToListAsync(cancellationToken);
        if (open.Count == 0)
        {
            return;
        }
        foreach (var recipient in open)
        {
            recipient.ReadToEndAt = readAt;
        }
        var assignmentIds = open.Select(r => r.AssignmentId).ToList();
        // SQLite aggregates no decimals: the few offers are compared here.
        var offers = await db.Set<MustReadAssignment>().Where(a => assignmentIds.Contains(a.Id)).Select(a => a.CreditHours).ToListAsync(cancellationToken);
        await credit.GrantAsync(articleId, title, offers.Max(), [userId], cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Notifications;

namespace SafetyPortal.Articles.MustRead;

/// <summary>
/// One click reminds everyone of an assignment (in the user's enterprises) who has not read it yet. Someone reminded
/// within the last hour is skipped, so a double click, or two managers clicking, does not notify twice; at most
/// <see cref="MaxPerClick"/> people per click.
/// </summary>
public sealed class RemindMustRead(ReadMustRead read, INotificationPublisher publisher, PortalDbContext db, TimeProvider clock,
    IStringLocalizer<ArticlesResource> text)
{
    public const string NoticeKind = "Articles.MustReadReminder";
    public const int MaxPerClick = 5000;
    private static readonly TimeSpan Quiet = TimeSpan.FromHours(1);

    /// <summary>How many people were reminded now.</summary>
    public async Task<int> RemindAsync(Guid assignmentId, CancellationToken cancellationToken = default)
    {
        var assignment = await read.GetAsync(assignmentId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var since = now - Quiet;
        var ids = await (await read.RecipientsAsync(cancellationToken))
            .Where(r => r.AssignmentId == assignment.Id && r.ReadToEndAt == null && (r.LastRemindedAt == null || r.LastRemindedAt < since))
            .OrderBy(r => r.Id).Select(r => r.Id).Take(MaxPerClick).ToListAsync(cancellationToken);
        if (ids.Count == 0)
        {
            return 0;
        }
        var due = await db.Set<MustReadRecipient>().Where(r => ids.Contains(r.Id)).ToListAsync(cancellationToken);
        foreach (var recipient in due)
        {
            recipient.LastRemindedAt = now;
        }
        var sent = await publisher.PublishAsync(new NotificationRequest(NoticeKind, [.. due.Select(r => r.UserId)],
            text["MustRead.ReminderTitle", assignment.ArticleTitle], text["MustRead.NoticeBody"], MustReadLinks.Article(assignment.ArticleId)),
            cancellationToken);
        await db.SaveChangesAsync(cancellationToken);
        return sent;
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Notifications.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Notifications;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Notifications.Application;

/// <summary>
/// INotificationPublisher on the scoped PortalDbContext: one row per known recipient of the current town, stored by the
/// caller's save; text messages are queued once that save has committed (<see cref="UnitOfWorkHooks.AfterCommit"/>).
/// </summary>
internal sealed class NotificationPublisher(PortalDbContext db, ICurrentTenant currentTenant, TimeProvider clock, NotificationSmsQueue smsQueue)
    : INotificationPublisher
{
    /// <summary>Ids per IN (...) list: well below the parameter limits of SQLite and MySQL.</summary>
    private const int LookupChunk = 500;

    public async Task<int> PublishAsync(NotificationRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Kind);
        ArgumentException.ThrowIfNullOrWhiteSpace(request.Title);
        var recipients = await ResolveAsync(request.Recipients, cancellationToken);
        if (recipients.Count == 0)
        {
            return 0;
        }
        var now = clock.GetUtcNow().UtcDateTime;
        db.AddRange(recipients.Select(r => new Notification
        {
            TenantId = currentTenant.Id, RecipientId = r.Id, Kind = TextClipping.Clip(request.Kind, Notification.KindLength),
            Title = TextClipping.Clip(request.Title, Notification.TitleLength),
            Body = NotificationText.ClipOrNull(request.Body, Notification.BodyLength),
            Url = NotificationText.ClipOrNull(request.Url, Notification.UrlLength), CreationTime = now,
        }));
        if (request.AlsoSms && recipients.Where(r => r.CanText).Select(r => r.Id).ToList() is { Count: > 0 } textable)
        {
            var tenantId = currentTenant.Id;
            var title = TextClipping.Clip(request.Title, Notification.TitleLength);
            db.AfterCommit(ct => smsQueue.QueueAsync(tenantId, textable, title, ct));
        }
        return recipients.Count;
    }

    /// <summary>The distinct known users of the current town among the ids (the town filter on users does the rest).</summary>
    private async Task<List<Recipient>> ResolveAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken)
    {
        var recipients = new List<Recipient>();
        foreach (var chunk in ids.Distinct().Chunk(LookupChunk))
        {
            recipients.AddRange(await db.Set<PortalUser>()
                .Where(u => chunk.Contains(u.Id))
                .Select(u => new Recipient(u.Id, u.IsActive && u.PhoneNumber != null))
                .ToListAsync(cancellationToken));
        }
        return recipients;
    }

    private sealed record Recipient(Guid Id, bool CanText);
}

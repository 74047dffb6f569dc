using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Notifications.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Notifications.Application;

/// <summary>
/// The signed-in user's own notices: list, unread count, mark read, delete old ones. Every query names the user, so
/// somebody else's notice (of this town or another) is simply not found.
/// </summary>
public sealed class MyNotifications(
    PortalDbContext db,
    IHttpContextAccessor http,
    TimeProvider clock,
    IStringLocalizer<NotificationsResource> text)
{
    /// <summary>How many of the newest notices the bell's dropdown shows.</summary>
    public const int LatestCount = 5;

    private Guid Me => Guid.TryParse(http.HttpContext?.User.FindFirstValue(ClaimTypes.NameIdentifier), out var id)
        ? id
        : throw new ForbiddenException("Notices are read by signed-in users only.");

    private IQueryable<Notification> Mine()
    {
        var me = Me;
        return db.Set<Notification>().Where(n => n.RecipientId == me);
    }

    public Task<PagedResult<NotificationDto>> ListAsync(PageRequest page, NotificationFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var query = Mine().AsNoTracking();
        if (filter.UnreadOnly == true)
        {
            query = query.Where(n => n.ReadTime == null);
        }
        if (!string.IsNullOrWhiteSpace(filter.Kind))
        {
            var kind = filter.Kind.Trim();
            query = query.Where(n => n.Kind == kind);
        }
        return query.OrderByDescending(n => n.CreationTime).ThenByDescending(n => n.Id)
            .Select(n => NotificationDto.From(n))
            .ToPagedResultAsync(page, cancellationToken);
    }

    public async Task<UnreadCountDto> UnreadCountAsync(CancellationToken cancellationToken) =>
        new(await Mine().CountAsync(n => n.ReadTime == null, cancellationToken));

    /// <summary>The kinds of notice the user has, for the centre's filter.</summary>
    public Task<List<string>> KindsAsync(CancellationToken cancellationToken) =>
        Mine().Select(n => n.Kind).Distinct().OrderBy(k => k).ToListAsync(cancellationToken);

    public async Task<NotificationDto> MarkReadAsync(Guid id, CancellationToken cancellationToken)
    {
        var notice = await Mine().FirstOrDefaultAsync(n => n.Id == id, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Notification), id);
        if (notice.ReadTime is null)
        {
            notice.ReadTime = clock.GetUtcNow().UtcDateTime;
            await db.SaveChangesAsync(cancellationToken);
        }
        return NotificationDto.From(notice);
    }

    /// <summary>Marks every unread notice of the user read; returns how many.</summary>
    public Task<int> MarkAllReadAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        return Mine().Where(n => n.ReadTime == null)
            .ExecuteUpdateAsync(s => s.SetProperty(n => n.ReadTime, now), cancellationToken);
    }

    /// <summary>Deletes the user's read notices older than the given number of days; unread ones stay. Returns how many.</summary>
    public Task<int> DeleteOldAsync(int olderThanDays, CancellationToken cancellationToken)
    {
        if (olderThanDays < 0)
        {
            throw ValidationException.For("olderThanDays", text["OlderThanDaysInvalid"]);
        }
        var cutoff = clock.GetUtcNow().UtcDateTime.AddDays(-olderThanDays);
        return Mine().Where(n => n.ReadTime != null && n.CreationTime < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

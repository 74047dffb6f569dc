using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Notifications;

namespace SafetyPortal.Workflows.Notifications;

/// <summary>
/// The module's notices, published to the notification centre (<see cref="INotificationPublisher"/>); the caller saves.
/// The engine names users by user name: <see cref="ToUser"/> keeps the notice and, at the start of the caller's next save,
/// looks the names up in the town that was current when it was called (one query per save) and publishes them, so they
/// are stored in that save and a rolled-back step notifies nobody. A task's notice opens the task page.
/// </summary>
public sealed class Notifier(PortalDbContext db, ICurrentTenant currentTenant, INotificationPublisher publisher)
{
    private readonly List<PendingNotice> _pending = [];

    public void ToUser(string userName, string kind, string title, string? body = null, Guid? taskId = null, Guid? instanceId = null)
    {
        if (_pending.Count == 0)
        {
            db.BeforeSave(PublishPendingAsync);
        }
        _pending.Add(new PendingNotice(currentTenant.Id, userName.Trim().ToUpperInvariant(),
            new NotificationRequest(NotificationKinds.Qualify(kind), [], title, body, Link(taskId, instanceId))));
    }

    public async Task<int> ToRoleAsync(string roleName, string kind, string title, string? body, Guid? instanceId, CancellationToken cancellationToken)
    {
        var users = await db.UserIdsInRolesAsync([roleName], cancellationToken);
        return await publisher.PublishAsync(
            new NotificationRequest(NotificationKinds.Qualify(kind), users, title, body, Link(null, instanceId)), cancellationToken);
    }

    /// <summary>The task page for a task; the instance page for an instance (users who may not monitor are refused there).</summary>
    internal static string? Link(Guid? taskId, Guid? instanceId) =>
        taskId is { } task ? $"/Workflows/Tasks/Task?id={task:D}"
        : instanceId is { } instance ? $"/Workflows/Instances/Details?id={instance:D}"
        : null;

    private async Task PublishPendingAsync(CancellationToken cancellationToken)
    {
        var pending = _pending.ToList();
        _pending.Clear();
        foreach (var town in pending.GroupBy(p => p.TenantId))
        {
            using var inTown = currentTenant.Change(town.Key);
            var names = town.Select(p => p.NormalizedUserName).Distinct().ToList();
            var ids = await db.Set<PortalUser>()
                .Where(u => names.Contains(u.NormalizedUserName!))
                .Select(u => new { u.Id, u.NormalizedUserName })
                .ToDictionaryAsync(u => u.NormalizedUserName!, u => u.Id, cancellationToken);
            foreach (var notice in town)
            {
                if (ids.TryGetValue(notice.NormalizedUserName, out var id))
                {
                    await publisher.PublishAsync(notice.Request with { Recipients = [id] }, cancellationToken);
                }
            }
        }
    }

    private sealed record PendingNotice(Guid? TenantId, string NormalizedUserName, NotificationRequest Request);
}

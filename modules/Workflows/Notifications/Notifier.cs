using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Workflows.Notifications;

/// <summary>Adds notices for a user or for every user of the town holding a role; the caller saves.</summary>
public sealed class Notifier(PortalDbContext db, TimeProvider clock)
{
    public void ToUser(string userName, string kind, string title, string? body = null, Guid? taskId = null, Guid? instanceId = null) =>
        db.Add(new WorkflowNotification
        {
            UserName = userName, Kind = kind, Title = Truncate(title, 256), Body = body is null ? null : Truncate(body, 2000),
            TaskId = taskId, InstanceId = instanceId, CreationTime = clock.GetUtcNow().UtcDateTime,
        });

    public async Task<int> ToRoleAsync(string roleName, string kind, string title, string? body, Guid? instanceId, CancellationToken cancellationToken)
    {
        var normalized = roleName.ToUpperInvariant();
        var users = await (
            from role in db.Set<PortalRole>()
            where role.NormalizedName == normalized
            join membership in db.Set<IdentityUserRole<Guid>>() on role.Id equals membership.RoleId
            join user in db.Set<PortalUser>() on membership.UserId equals user.Id
            select user.UserName).ToListAsync(cancellationToken);
        foreach (var user in users.OfType<string>())
        {
            ToUser(user, kind, title, body, null, instanceId);
        }
        return users.Count;
    }

    private static string Truncate(string text, int length) => text.Length <= length ? text : text[..length];
}

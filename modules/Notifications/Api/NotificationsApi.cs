using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.Notifications.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Notifications.Api;

/// <summary>/api/notifications: the signed-in user's own notices (the bell and the notification centre).</summary>
public static class NotificationsApi
{
    public static IEndpointRouteBuilder MapNotificationsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/notifications").WithTags("Notifications")
            .RequireAuthorization(NotificationsPermissions.Notices.Default);

        group.MapGet("/", (MyNotifications notices, [AsParameters] PageRequest page, [AsParameters] NotificationFilter filter, CancellationToken ct) =>
                notices.ListAsync(page, filter, ct))
            .WithName("ListMyNotifications");
        group.MapGet("/unread-count", (MyNotifications notices, CancellationToken ct) => notices.UnreadCountAsync(ct))
            .WithName("CountMyUnreadNotifications");
        group.MapGet("/kinds", (MyNotifications notices, CancellationToken ct) => notices.KindsAsync(ct))
            .WithName("ListMyNotificationKinds");
        group.MapPost("/{id:guid}/read", (Guid id, MyNotifications notices, CancellationToken ct) => notices.MarkReadAsync(id, ct))
            .WithName("MarkNotificationRead")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/read-all", async (MyNotifications notices, CancellationToken ct) =>
                new MarkedDto(await notices.MarkAllReadAsync(ct)))
            .WithName("MarkAllNotificationsRead");
        group.MapDelete("/", async (MyNotifications notices, int? olderThanDays, CancellationToken ct) =>
                new DeletedDto(await notices.DeleteOldAsync(olderThanDays ?? DefaultKeepDays, ct)))
            .WithName("DeleteOldNotifications")
            .ProducesValidationProblem();
        return endpoints;
    }

    /// <summary>DELETE without olderThanDays removes read notices older than 30 days.</summary>
    public const int DefaultKeepDays = 30;
}

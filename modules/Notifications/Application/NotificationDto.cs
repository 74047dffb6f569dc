using SafetyPortal.Notifications.Domain;

namespace SafetyPortal.Notifications.Application;

public sealed record NotificationDto(Guid Id, string Kind, string Title, string? Body, string? Url, DateTime CreationTime, DateTime? ReadTime)
{
    internal static NotificationDto From(Notification n) => new(n.Id, n.Kind, n.Title, n.Body, n.Url, n.CreationTime, n.ReadTime);
}

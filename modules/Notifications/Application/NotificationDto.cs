namespace SafetyPortal.Notifications.Application;

public sealed record NotificationDto(Guid Id, string Kind, string Title, string? Body, string? Url, DateTime CreationTime, DateTime? ReadTime);

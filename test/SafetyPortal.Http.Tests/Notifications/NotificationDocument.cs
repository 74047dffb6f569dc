namespace SafetyPortal.Http.Tests.Notifications;

public sealed record NotificationDocument(Guid Id, string Kind, string Title, string? Body, string? Url, DateTime CreationTime, DateTime? ReadTime);

public sealed record UnreadCountDocument(int Unread);

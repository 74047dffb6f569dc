namespace SafetyPortal.Notifications.Application;

public sealed record UnreadCountDto(int Unread);

namespace SafetyPortal.Notifications.Application;

public sealed record MarkedDto(int Marked);

namespace SafetyPortal.Notifications.Application;

public sealed record DeletedDto(int Deleted);

namespace SafetyPortal.Notifications.Application;

/// <param name="UnreadOnly">Only notices not read yet.</param>
/// <param name="Kind">Only notices of this kind ("Workflows.TaskAssigned").</param>
public sealed record NotificationFilter(bool? UnreadOnly = null, string? Kind = null);

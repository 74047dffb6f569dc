namespace SafetyPortal.Workflows.Notifications;

public static class NotificationKinds
{
    public const string TaskAssigned = "TaskAssigned";
    public const string TaskDelegated = "TaskDelegated";
}

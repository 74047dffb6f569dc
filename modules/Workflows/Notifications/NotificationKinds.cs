namespace SafetyPortal.Workflows.Notifications;

/// <summary>The kinds of the module's notices in the notification centre (stable names; users filter by them).</summary>
public static class NotificationKinds
{
    public const string Prefix = "Workflows.";
    public const string TaskAssigned = Prefix + "TaskAssigned";
    public const string TaskDelegated = Prefix + "TaskDelegated";

    /// <summary>A kind named without module ("Workflow", from the notify activity) gets the module's prefix.</summary>
    public static string Qualify(string kind) => kind.StartsWith(Prefix, StringComparison.Ordinal) ? kind : Prefix + kind;
}

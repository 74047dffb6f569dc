namespace SafetyPortal.Notifications;

/// <summary>How long the notification centre keeps notices (bureau-wide settings; the nightly purge applies them).</summary>
public static class NotificationsSettings
{
    /// <summary>Days a read notice is kept.</summary>
    public const string KeepReadDays = "Notifications.KeepReadDays";

    /// <summary>Days any notice is kept, read or not.</summary>
    public const string KeepDays = "Notifications.KeepDays";

    public const int DefaultKeepReadDays = 90;
    public const int DefaultKeepDays = 365;
}

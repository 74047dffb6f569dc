namespace SafetyPortal.Notifications;

public static class NotificationsPermissions
{
    public const string GroupName = "Notifications";

    public static class Notices
    {
        /// <summary>Read one's own notices (the bell and the notification centre), mark them read, delete old ones.</summary>
        public const string Default = GroupName + ".Notices";
    }
}

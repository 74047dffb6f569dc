namespace SafetyPortal.AuditLogging;

public static class AuditLoggingPermissions
{
    public const string GroupName = "AuditLogging";

    /// <summary>Read the audit log: a town its own entries, the bureau every town's.</summary>
    public static class AuditLogs
    {
        public const string Default = GroupName + ".AuditLogs";
    }
}

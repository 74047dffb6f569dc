namespace SafetyPortal.Platform.Identity;

public static class PortalClaimTypes
{
    public const string DisplayName = "displayname";

    /// <summary>The bureau user acting inside a town on someone's behalf; the audit log records it.</summary>
    public const string ImpersonatorId = "impersonatorid";
}

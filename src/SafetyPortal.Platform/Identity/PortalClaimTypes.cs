namespace SafetyPortal.Platform.Identity;

public static class PortalClaimTypes
{
    public const string DisplayName = "displayname";

    /// <summary>The bureau user acting inside a town on someone's behalf; the audit log records it.</summary>
    public const string ImpersonatorId = "impersonatorid";

    /// <summary>The display name of that bureau user, for the banner that says who is acting.</summary>
    public const string ImpersonatorName = "impersonatorname";
}

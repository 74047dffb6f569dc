namespace SafetyPortal.Platform.Identity;

public static class PortalClaimTypes
{
    public const string DisplayName = "displayname";
}

namespace SafetyPortal.Web.Menus;

public sealed record SideMenuEntry(string DisplayName, string Url, string Icon, bool IsActive);

namespace SafetyPortal.Platform.Menus;

/// <summary>One entry of the side menu; shown only to users granted RequiredPermission (when set).</summary>
public sealed record MenuItem(
    string Name,
    string DisplayNameKey,
    Type Resource,
    string Url,
    string Icon,
    int Order,
    string? RequiredPermission = null);

namespace SafetyPortal.Identity.Application.Permissions;

/// <summary>
/// One permission in the tree. IsGranted / IsDenied are this role's or user's own grant rows (a deny only exists
/// for users); GrantedByRoles, for a user, names the user's roles that grant it.
/// </summary>
public sealed record PermissionNodeDto(
    string Name,
    string DisplayName,
    bool IsGranted,
    bool IsDenied,
    IReadOnlyList<string> GrantedByRoles,
    IReadOnlyList<PermissionNodeDto> Children);

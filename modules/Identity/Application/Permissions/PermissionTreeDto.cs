namespace SafetyPortal.Identity.Application.Permissions;

/// <summary>
/// The permissions of the current side (the bureau's, or a town's) with one role's ("R", key: role name) or one
/// user's ("U", key: user id) grants. IsReadOnly: the admin role always holds everything of its side.
/// </summary>
public sealed record PermissionTreeDto(
    string ProviderName,
    string ProviderKey,
    string ProviderDisplayName,
    bool IsReadOnly,
    IReadOnlyList<PermissionGroupNodeDto> Groups);

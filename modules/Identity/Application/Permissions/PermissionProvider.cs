namespace SafetyPortal.Identity.Application.Permissions;

/// <summary>Whose grants: a role (by name, as grants are stored) or a user (by id).</summary>
internal sealed record PermissionProvider(string Name, string Key, string DisplayName, bool IsReadOnly, IReadOnlyList<string> UserRoles);

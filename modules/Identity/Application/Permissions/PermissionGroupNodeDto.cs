namespace SafetyPortal.Identity.Application.Permissions;

/// <summary>The permissions of one module on the current side.</summary>
public sealed record PermissionGroupNodeDto(string Name, string DisplayName, IReadOnlyList<PermissionNodeDto> Permissions);

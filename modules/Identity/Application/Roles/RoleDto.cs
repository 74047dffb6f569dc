namespace SafetyPortal.Identity.Application.Roles;

/// <summary>
/// A role of the current town (or of the bureau). Name is the stored name permissions are granted to; DisplayName
/// is the localized name of a built-in role, the name itself otherwise. Built-in roles cannot be renamed or deleted,
/// and the admin role always holds every permission of its side.
/// </summary>
public sealed record RoleDto(
    Guid Id,
    string Name,
    string DisplayName,
    bool IsBuiltIn,
    bool IsAdmin,
    int UserCount,
    string ConcurrencyStamp);

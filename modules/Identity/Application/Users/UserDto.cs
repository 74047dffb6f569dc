namespace SafetyPortal.Identity.Application.Users;

/// <summary>One user for the edit form; send ConcurrencyStamp back with the edit.</summary>
public sealed record UserDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? PhoneNumber,
    bool IsActive,
    bool IsLockedOut,
    DateTimeOffset? LockoutEnd,
    bool TwoFactorEnabled,
    IReadOnlyList<string> RoleNames,
    DateTime CreationTime,
    string ConcurrencyStamp);

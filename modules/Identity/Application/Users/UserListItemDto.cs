namespace SafetyPortal.Identity.Application.Users;

/// <summary>One row of the user list. PhoneNumber is masked (138****5678): lists never show whole numbers.</summary>
public sealed record UserListItemDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string PhoneNumber,
    bool IsActive,
    bool IsLockedOut,
    bool TwoFactorEnabled,
    IReadOnlyList<string> RoleNames,
    DateTime CreationTime);

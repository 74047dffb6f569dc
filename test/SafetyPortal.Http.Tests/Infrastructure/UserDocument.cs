namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record UserDocument(
    Guid Id,
    string UserName,
    string DisplayName,
    string? PhoneNumber,
    bool IsActive,
    bool IsLockedOut,
    bool TwoFactorEnabled,
    List<string> RoleNames,
    string ConcurrencyStamp);

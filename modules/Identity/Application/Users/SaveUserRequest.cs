namespace SafetyPortal.Identity.Application.Users;

/// <summary>
/// Create or edit a user of the current town (or of the bureau). Password is required to create and optional to
/// edit (given: it replaces the old one). RoleNames null on edit leaves the roles as they are.
/// ConcurrencyStamp is required on edit: it is the version the editor saw.
/// </summary>
public sealed record SaveUserRequest(
    string? UserName,
    string? DisplayName,
    string? PhoneNumber = null,
    string? Password = null,
    bool IsActive = true,
    IReadOnlyList<string>? RoleNames = null,
    string? ConcurrencyStamp = null);

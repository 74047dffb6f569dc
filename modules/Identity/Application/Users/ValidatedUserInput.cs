namespace SafetyPortal.Identity.Application.Users;

/// <summary>A user's fields after the rules: trimmed, the mobile number as 11 digits, role names as stored.</summary>
internal sealed record ValidatedUserInput(string UserName, string DisplayName, string? PhoneNumber, IReadOnlyList<string>? RoleNames);

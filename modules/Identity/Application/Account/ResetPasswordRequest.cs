namespace SafetyPortal.Identity.Application.Account;

/// <summary>Choose a new password with the 6-digit code received by text message.</summary>
public sealed record ResetPasswordRequest(string? Tenant, string? UserName, string? Code, string? NewPassword);

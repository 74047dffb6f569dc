namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// Sign in: Tenant is the town code (empty for the bureau); UserName is the user name or the mobile number;
/// TwoFactorCode is the authenticator app's 6 digits when the account has two-factor sign-in on.
/// </summary>
public sealed record LoginRequest(string? Tenant, string? UserName, string? Password, string? TwoFactorCode = null);

namespace SafetyPortal.Identity.Application.Account;

/// <summary>Ask for a reset code by text message. UserName is the user name or the mobile number.</summary>
public sealed record ForgotPasswordRequest(string? Tenant, string? UserName);

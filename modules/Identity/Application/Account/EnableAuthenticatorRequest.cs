namespace SafetyPortal.Identity.Application.Account;

/// <summary>The 6 digits the authenticator app shows, proving it holds the shared key.</summary>
public sealed record EnableAuthenticatorRequest(string? Code);

namespace SafetyPortal.Identity.Application.Account;

/// <summary>The refreshToken a login answered with; it gets a new access token while the account is still in good standing.</summary>
public sealed record RefreshRequest(string? RefreshToken);

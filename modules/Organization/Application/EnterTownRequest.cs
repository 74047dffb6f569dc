namespace SafetyPortal.Organization.Application;

/// <summary>Whom to act as in the town: a user name or mobile number there; empty for the town's admin.</summary>
public sealed record EnterTownRequest(string? UserName = null);

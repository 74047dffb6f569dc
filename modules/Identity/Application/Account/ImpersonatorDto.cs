namespace SafetyPortal.Identity.Application.Account;

/// <summary>The bureau user acting in a town as the signed-in user.</summary>
public sealed record ImpersonatorDto(Guid Id, string DisplayName);

namespace SafetyPortal.Identity.Application.Users;

/// <summary>The complete list of roles the user should have afterwards.</summary>
public sealed record SetUserRolesRequest(IReadOnlyList<string>? RoleNames);

namespace SafetyPortal.Identity.Application.Roles;

/// <summary>Create or rename a role. ConcurrencyStamp is required on edit: it is the version the editor saw.</summary>
public sealed record SaveRoleRequest(string? Name, string? ConcurrencyStamp = null);

namespace SafetyPortal.Organization.Application;

/// <summary>Create or edit a town. ConcurrencyStamp is required on edit: it is the version the editor saw.</summary>
public sealed record SaveTenantRequest(string? Code, string? Name, bool IsActive = true, string? ConcurrencyStamp = null);

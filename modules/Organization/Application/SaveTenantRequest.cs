namespace SafetyPortal.Organization.Application;

/// <summary>
/// Create or edit a town. ConcurrencyStamp is required on edit: it is the version the editor saw. On create only:
/// AdminPassword (and optionally AdminUserName, default "townadmin") makes the town's first admin account.
/// </summary>
public sealed record SaveTenantRequest(
    string? Code,
    string? Name,
    bool IsActive = true,
    string? ConcurrencyStamp = null,
    string? AdminUserName = null,
    string? AdminPassword = null);

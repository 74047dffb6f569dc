using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Identity.Application.Account;

/// <summary>
/// The signed-in user as clients need it: Tenant is null on the bureau side; Permissions are the names granted
/// in this town right now (roles and user grants, explicit denies applied). Impersonator is the bureau user who
/// switched into the town as this user, null otherwise.
/// </summary>
public sealed record MeDto(
    Guid Id,
    string UserName,
    string DisplayName,
    string? PhoneNumber,
    bool TwoFactorEnabled,
    TenantSummaryDto? Tenant,
    IReadOnlyList<UserOrganizationUnit> OrganizationUnits,
    IReadOnlyList<string> Roles,
    IReadOnlyList<string> Permissions,
    ImpersonatorDto? Impersonator);

using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// What a new town needs before anyone can work in it: the built-in roles with their permission templates and,
/// when the bureau gives a password, the town's first admin account (user name "townadmin" unless named).
/// </summary>
public sealed class ProvisionTown(
    BuiltInRoleSeeding roles,
    UserManager<PortalUser> users,
    ICurrentTenant currentTenant,
    IStringLocalizer<OrganizationResource> text)
{
    public const string DefaultAdminUserName = "townadmin";

    public async Task ExecuteAsync(Guid tenantId, string townName, SaveTenantRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        using (currentTenant.Change(tenantId, townName))
        {
            await roles.EnsureAsync(cancellationToken);
            if (string.IsNullOrEmpty(request.AdminPassword))
            {
                return;
            }
            var admin = new PortalUser
            {
                UserName = string.IsNullOrWhiteSpace(request.AdminUserName) ? DefaultAdminUserName : request.AdminUserName.Trim(),
                DisplayName = text["TownAdminDisplayName", townName],
                EmailConfirmed = true,
            };
            ThrowIfFailed(await users.CreateAsync(admin, request.AdminPassword));
            ThrowIfFailed(await users.AddToRoleAsync(admin, PortalRoles.TownAdmin));
        }
    }

    /// <summary>Checks the account fields before anything is saved.</summary>
    public void Validate(SaveTenantRequest request, ValidationErrors errors)
    {
        ArgumentNullException.ThrowIfNull(request);
        ArgumentNullException.ThrowIfNull(errors);
        if (!string.IsNullOrWhiteSpace(request.AdminUserName) && string.IsNullOrEmpty(request.AdminPassword))
        {
            errors.Add(nameof(request.AdminPassword), text["TownAdminPasswordRequired"]);
        }
    }

    private static void ThrowIfFailed(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            var field = result.Errors.Any(e => e.Code.StartsWith("Password", StringComparison.Ordinal))
                ? nameof(SaveTenantRequest.AdminPassword)
                : nameof(SaveTenantRequest.AdminUserName);
            throw ValidationException.For(field, string.Join(" ", result.Errors.Select(e => e.Description)));
        }
    }
}

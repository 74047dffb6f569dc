using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.Configuration;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// Built-in roles on the bureau and in every town, every permission of its side for the admin roles,
/// and the bureau's "admin" account when Seed:AdminPassword is configured.
/// </summary>
internal sealed class IdentitySeedContributor(
    BuiltInRoleSeeding roles,
    UserManager<PortalUser> users,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IConfiguration configuration) : IDataSeedContributor
{
    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(null))
        {
            await roles.EnsureAsync(cancellationToken);
            if (configuration["Seed:AdminPassword"] is { Length: > 0 } password)
            {
                await UserSeeding.EnsureUserAsync(users, "admin", "admin", password, [PortalRoles.BureauAdmin]);
            }
        }
        foreach (var town in await tenants.GetActiveAsync(cancellationToken))
        {
            using (currentTenant.Change(town.Id, town.Name))
            {
                await roles.EnsureAsync(cancellationToken);
            }
        }
    }
}

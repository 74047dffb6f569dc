using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// Built-in roles on the bureau and in every town, every permission of its side for the admin roles,
/// and the bureau's "admin" account when Seed:AdminPassword is configured.
/// </summary>
internal sealed class IdentitySeedContributor(
    PortalDbContext db,
    RoleManager<PortalRole> roles,
    UserManager<PortalUser> users,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    PermissionDefinitionManager permissions,
    IConfiguration configuration) : IDataSeedContributor
{
    public int Order => 20;

    public async Task SeedAsync(DataSeedContext context, CancellationToken cancellationToken)
    {
        using (currentTenant.Change(null))
        {
            await SeedSideAsync(BuiltInRoles.Host, MultiTenancySides.Host, cancellationToken);
            if (configuration["Seed:AdminPassword"] is { Length: > 0 } password)
            {
                await UserSeeding.EnsureUserAsync(users, "admin", "admin", password, [PortalRoles.BureauAdmin]);
            }
        }
        foreach (var town in await tenants.GetActiveAsync(cancellationToken))
        {
            using (currentTenant.Change(town.Id, town.Name))
            {
                await SeedSideAsync(BuiltInRoles.Town, MultiTenancySides.Tenant, cancellationToken);
            }
        }
    }

    private void GrantDefaults(string roleName, MultiTenancySides side)
    {
        foreach (var permission in permissions.All.Where(p => p.Sides.HasFlag(side) && p.DefaultRoles.Contains(roleName)))
        {
            db.Add(new PermissionGrant
            {
                Name = permission.Name,
                ProviderName = PermissionGrant.RoleProvider,
                ProviderKey = roleName,
                TenantId = currentTenant.Id,
            });
        }
    }

    private async Task SeedSideAsync(IReadOnlyList<string> roleNames, MultiTenancySides side, CancellationToken cancellationToken)
    {
        foreach (var name in roleNames)
        {
            if (await roles.FindByNameAsync(name) is null)
            {
                var role = new PortalRole { Name = name, TenantId = currentTenant.Id };
                UserSeeding.ThrowIfFailed(await roles.CreateAsync(role), $"role {name}");
                // Templates apply once, when the role is made: later a town admin's edits to the role stand.
                GrantDefaults(name, side);
            }
        }
        var admin = BuiltInRoles.AdminOf(side);
        var granted = await db.Set<PermissionGrant>()
            .Where(g => g.ProviderName == PermissionGrant.RoleProvider && g.ProviderKey == admin)
            .Select(g => g.Name)
            .ToListAsync(cancellationToken);
        foreach (var permission in permissions.All.Where(p => p.Sides.HasFlag(side) && !granted.Contains(p.Name)))
        {
            db.Add(new PermissionGrant
            {
                Name = permission.Name,
                ProviderName = PermissionGrant.RoleProvider,
                ProviderKey = admin,
                TenantId = currentTenant.Id,
            });
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Platform.Identity;

/// <summary>
/// The built-in roles of one side (the bureau, or the current town) with their permission templates, and every
/// permission of the side for its admin role. Run by the seed at every start, and when the bureau creates a town.
/// </summary>
public sealed class BuiltInRoleSeeding(
    PortalDbContext db,
    RoleManager<PortalRole> roles,
    ICurrentTenant currentTenant,
    PermissionDefinitionManager permissions)
{
    /// <summary>The current town's roles (or the bureau's, when no town is current).</summary>
    public Task EnsureAsync(CancellationToken cancellationToken = default) => currentTenant.IsAvailable
        ? EnsureAsync(BuiltInRoles.Town, MultiTenancySides.Tenant, cancellationToken)
        : EnsureAsync(BuiltInRoles.Host, MultiTenancySides.Host, cancellationToken);

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

    private async Task EnsureAsync(IReadOnlyList<string> roleNames, MultiTenancySides side, CancellationToken cancellationToken)
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

using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Permissions;

/// <summary>
/// Grants come from the user's roles and from the user; an explicit deny on either wins.
/// A child permission needs its parent too, and a permission is never granted on a side it is not defined for.
/// </summary>
public sealed class PermissionChecker(PortalDbContext db, PermissionDefinitionManager definitions, ICurrentTenant currentTenant)
    : IPermissionChecker
{
    public async Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName)
    {
        var definition = definitions.Find(permissionName);
        if (definition is null || user.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        var side = currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;
        if (!definition.Sides.HasFlag(side))
        {
            return false;
        }
        var names = new List<string>();
        for (var d = definition; d is not null; d = d.Parent)
        {
            names.Add(d.Name);
        }
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).ToList();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var grants = await db.Set<PermissionGrant>()
            .Where(g => names.Contains(g.Name)
                && ((g.ProviderName == PermissionGrant.RoleProvider && roles.Contains(g.ProviderKey))
                    || (g.ProviderName == PermissionGrant.UserProvider && g.ProviderKey == userId)))
            .Select(g => new { g.Name, g.IsGranted })
            .ToListAsync();
        return names.All(n => grants.Any(g => g.Name == n && g.IsGranted) && !grants.Any(g => g.Name == n && !g.IsGranted));
    }
}

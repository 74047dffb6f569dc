using System.Security.Claims;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Permissions;

/// <summary>
/// Grants come from the user's roles and from the user; an explicit deny on either wins.
/// A child permission needs its parent too, and a permission is never granted on a side it is not defined for.
/// The rows are read once per scope (a request renders a menu and checks several policies), through the node's
/// <see cref="PermissionGrantCache"/> when there is one, and straight from the database after any save in the same
/// scope, so a grant changed in this request counts at once (even before its transaction commits).
/// </summary>
public sealed class PermissionChecker : IPermissionChecker
{
    private readonly PortalDbContext _db;
    private readonly PermissionDefinitionManager _definitions;
    private readonly ICurrentTenant _currentTenant;
    private readonly PermissionGrantCache? _shared;
    private GrantedPermissions? _cached;
    private bool _savedInScope;

    public PermissionChecker(PortalDbContext db, PermissionDefinitionManager definitions, ICurrentTenant currentTenant, PermissionGrantCache? shared = null)
    {
        _db = db;
        _definitions = definitions;
        _currentTenant = currentTenant;
        _shared = shared;
        _db.SavedChanges += (_, _) =>
        {
            _cached = null;
            _savedInScope = true;
        };
    }

    private MultiTenancySides CurrentSide => _currentTenant.IsAvailable ? MultiTenancySides.Tenant : MultiTenancySides.Host;

    public async Task<bool> IsGrantedAsync(ClaimsPrincipal user, string permissionName)
    {
        var definition = _definitions.Find(permissionName);
        if (definition is null || user.Identity?.IsAuthenticated != true)
        {
            return false;
        }
        return Allows(definition, CurrentSide, await LoadAsync(user));
    }

    public async Task<IReadOnlyList<string>> GetGrantedAsync(ClaimsPrincipal user)
    {
        if (user.Identity?.IsAuthenticated != true)
        {
            return [];
        }
        var grants = await LoadAsync(user);
        var side = CurrentSide;
        return [.. _definitions.All.Where(d => Allows(d, side, grants)).Select(d => d.Name)];
    }

    private static bool Allows(PermissionDefinition definition, MultiTenancySides side, GrantedPermissions grants)
    {
        if (!definition.Sides.HasFlag(side))
        {
            return false;
        }
        for (var d = definition; d is not null; d = d.Parent)
        {
            if (!grants.Allows(d.Name))
            {
                return false;
            }
        }
        return true;
    }

    private async Task<GrantedPermissions> LoadAsync(ClaimsPrincipal user)
    {
        var roles = user.FindAll(ClaimTypes.Role).Select(c => c.Value).Order(StringComparer.Ordinal).ToList();
        var userId = user.FindFirstValue(ClaimTypes.NameIdentifier) ?? "";
        var key = $"{_currentTenant.Id}|{userId}|{string.Join('|', roles)}";
        if (_cached?.Key == key)
        {
            return _cached;
        }
        return _cached = _shared is null || _savedInScope ? await ReadAsync(key, roles, userId) : await _shared.Grants.GetOrLoadAsync(key, () => ReadAsync(key, roles, userId));
    }

    private async Task<GrantedPermissions> ReadAsync(string key, List<string> roles, string userId)
    {
        var rows = await _db.Set<PermissionGrant>()
            .Where(g => (g.ProviderName == PermissionGrant.RoleProvider && roles.Contains(g.ProviderKey))
                || (g.ProviderName == PermissionGrant.UserProvider && g.ProviderKey == userId))
            .Select(g => new { g.Name, g.IsGranted })
            .ToListAsync();
        return new GrantedPermissions(key, rows.Select(r => (r.Name, r.IsGranted)));
    }
}

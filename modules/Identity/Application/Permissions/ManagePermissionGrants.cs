using System.Security.Claims;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Application.Permissions;

/// <summary>
/// The permission tree editor: the permissions defined for the current side, with one role's or one user's
/// grants, and saving them all at once (one save, so one transaction). PermissionChecker stays the only judge of
/// what a user may do; this class only reads and writes the grant rows it judges by. Nobody grants, denies or
/// revokes a permission they do not hold themselves, so managing permissions is no way to gain more.
/// </summary>
public sealed class ManagePermissionGrants(
    PortalDbContext db,
    PermissionDefinitionManager definitions,
    RoleManager<PortalRole> roles,
    UserManager<PortalUser> users,
    RoleDisplayNames roleNames,
    IStringLocalizerFactory localizers,
    IPermissionChecker checker,
    IStringLocalizer<IdentityResource> text)
{
    public async Task<PermissionTreeDto> GetAsync(string? providerName, string? providerKey, CancellationToken cancellationToken = default)
    {
        var provider = await ResolveAsync(providerName, providerKey, cancellationToken);
        var own = (await RowsAsync(provider, cancellationToken)).ToDictionary(g => g.Name, g => g.IsGranted);
        var byRoles = await GrantingRolesAsync(provider, cancellationToken);
        PermissionNodeDto Node(PermissionDefinition d) => new(
            d.Name,
            Localize(d.Resource, d.DisplayNameKey),
            own.TryGetValue(d.Name, out var granted) && granted,
            own.TryGetValue(d.Name, out var deny) && !deny,
            [.. byRoles[d.Name]],
            [.. d.Children.Where(OnThisSide).Select(Node)]);
        var groups = definitions.Groups
            .Select(g => new PermissionGroupNodeDto(g.Name, Localize(g.Resource, g.DisplayNameKey), [.. g.Permissions.Where(OnThisSide).Select(Node)]))
            .Where(g => g.Permissions.Count > 0)
            .ToList();
        return new PermissionTreeDto(provider.Name, provider.Key, provider.DisplayName, provider.IsReadOnly, groups);
    }

    public async Task<PermissionTreeDto> SaveAsync(
        string? providerName, string? providerKey, SavePermissionGrantsRequest request, ClaimsPrincipal actor,
        CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var provider = await ResolveAsync(providerName, providerKey, cancellationToken);
        var wanted = Validate(provider, request);
        var rows = await RowsAsync(provider, cancellationToken);
        await ThrowIfBeyondActorAsync(actor, rows, wanted);
        foreach (var row in rows)
        {
            if (!wanted.TryGetValue(row.Name, out var isGranted))
            {
                db.Remove(row);
            }
            else
            {
                row.IsGranted = isGranted;
                wanted.Remove(row.Name);
            }
        }
        foreach (var (name, isGranted) in wanted)
        {
            db.Add(new PermissionGrant { Name = name, ProviderName = provider.Name, ProviderKey = provider.Key, IsGranted = isGranted });
        }
        await db.SaveChangesAsync(cancellationToken);
        return await GetAsync(provider.Name, provider.Key, cancellationToken);
    }

    private async Task ThrowIfBeyondActorAsync(ClaimsPrincipal actor, List<PermissionGrant> rows, Dictionary<string, bool> wanted)
    {
        var current = rows.ToDictionary(r => r.Name, r => (bool?)r.IsGranted);
        var changed = current.Keys.Union(wanted.Keys)
            .Where(name => current.GetValueOrDefault(name) != (wanted.TryGetValue(name, out var w) ? w : null))
            .ToList();
        var held = (await checker.GetGrantedAsync(actor)).ToHashSet(StringComparer.Ordinal);
        var errors = new ValidationErrors();
        foreach (var name in changed.Where(n => !held.Contains(n)).Order(StringComparer.Ordinal))
        {
            errors.Add(nameof(SavePermissionGrantsRequest.Granted), text["PermissionNotHeld", name]);
        }
        errors.ThrowIfAny();
    }

    private bool OnThisSide(PermissionDefinition definition) => definition.Sides.HasFlag(roleNames.Side);

    private string Localize(Type resource, string key) => localizers.Create(resource)[key];

    /// <summary>Name → granted (true) or denied (false), every name checked against the definitions of this side.</summary>
    private Dictionary<string, bool> Validate(PermissionProvider provider, SavePermissionGrantsRequest request)
    {
        var errors = new ValidationErrors();
        if (provider.IsReadOnly)
        {
            errors.Add("ProviderKey", text["AdminRoleIsReadOnly", provider.DisplayName]);
            errors.ThrowIfAny();
        }
        var granted = (request.Granted ?? []).Distinct(StringComparer.Ordinal).ToList();
        var denied = (request.Denied ?? []).Distinct(StringComparer.Ordinal).ToList();
        foreach (var name in granted.Concat(denied).Where(n => definitions.Find(n) is not { } d || !OnThisSide(d)))
        {
            errors.Add(granted.Contains(name) ? nameof(request.Granted) : nameof(request.Denied), text["PermissionUnknown", name]);
        }
        if (denied.Count > 0 && provider.Name == PermissionGrant.RoleProvider)
        {
            errors.Add(nameof(request.Denied), text["RolesCannotDeny"]);
        }
        foreach (var name in granted.Intersect(denied))
        {
            errors.Add(nameof(request.Denied), text["PermissionGrantedAndDenied", name]);
        }
        errors.ThrowIfAny();
        return granted.Select(n => (n, true)).Concat(denied.Select(n => (n, false))).ToDictionary(x => x.n, x => x.Item2);
    }

    /// <summary>This provider's rows in the current town, for the permissions of this side (others are left alone).</summary>
    private async Task<List<PermissionGrant>> RowsAsync(PermissionProvider provider, CancellationToken cancellationToken)
    {
        var rows = await db.Set<PermissionGrant>()
            .Where(g => g.ProviderName == provider.Name && g.ProviderKey == provider.Key)
            .ToListAsync(cancellationToken);
        return [.. rows.Where(g => definitions.Find(g.Name) is { } d && OnThisSide(d))];
    }

    private async Task<ILookup<string, string>> GrantingRolesAsync(PermissionProvider provider, CancellationToken cancellationToken)
    {
        var userRoles = provider.UserRoles;
        var rows = await db.Set<PermissionGrant>().AsNoTracking()
            .Where(g => g.ProviderName == PermissionGrant.RoleProvider && g.IsGranted && userRoles.Contains(g.ProviderKey))
            .Select(g => new { g.Name, g.ProviderKey })
            .ToListAsync(cancellationToken);
        return rows.OrderBy(r => r.ProviderKey, StringComparer.Ordinal).ToLookup(r => r.Name, r => roleNames.For(r.ProviderKey));
    }

    private async Task<PermissionProvider> ResolveAsync(string? providerName, string? providerKey, CancellationToken cancellationToken)
    {
        switch (providerName)
        {
            case PermissionGrant.RoleProvider:
                var role = await roles.FindByNameAsync(providerKey ?? "")
                    ?? throw new EntityNotFoundException(typeof(PortalRole), providerKey ?? "");
                var roleName = role.Name ?? "";
                return new PermissionProvider(providerName, roleName, roleNames.For(roleName), roleNames.IsAdmin(roleName), []);
            case PermissionGrant.UserProvider:
                var id = Guid.TryParse(providerKey, out var parsed) ? parsed : Guid.Empty;
                var user = await users.Users.FirstOrDefaultAsync(u => u.Id == id, cancellationToken)
                    ?? throw new EntityNotFoundException(typeof(PortalUser), providerKey ?? "");
                return new PermissionProvider(providerName, user.Id.ToString(), $"{user.DisplayName} ({user.UserName})", false, [.. await users.GetRolesAsync(user)]);
            default:
                var errors = new ValidationErrors();
                errors.Add("ProviderName", text["ProviderNameInvalid"]);
                throw new ValidationException(errors);
        }
    }
}

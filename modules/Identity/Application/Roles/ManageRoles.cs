using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Identity.Application.Roles;

/// <summary>
/// The roles of the current town (or of the bureau): the built-in templates seeded at every start, and the
/// town's own. Grants follow a renamed role (they are keyed by name) and go with a deleted one.
/// </summary>
public sealed class ManageRoles(
    PortalDbContext db,
    RoleManager<PortalRole> roles,
    RoleDisplayNames names,
    IStringLocalizer<IdentityResource> text)
{
    public const int MaxNameLength = 64;

    /// <summary>A town has a handful of roles, so the page is cut after localizing: the search also finds built-in roles by their Chinese names.</summary>
    public async Task<PagedResult<RoleDto>> ListAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var all = await GetAllAsync(cancellationToken);
        var matching = request.SearchText is { } search
            ? all.Where(r => r.Name.Contains(search, StringComparison.OrdinalIgnoreCase) || r.DisplayName.Contains(search, StringComparison.OrdinalIgnoreCase)).ToList()
            : all;
        return new PagedResult<RoleDto>([.. matching.Skip(request.Skip).Take(request.SafePageSize)], matching.Count, request.SafePage, request.SafePageSize);
    }

    /// <summary>Every role, built-in ones first, in the order of the glossary's seeding lists.</summary>
    public async Task<IReadOnlyList<RoleDto>> GetAllAsync(CancellationToken cancellationToken = default)
    {
        var rows = await roles.Roles.AsNoTracking().ToListAsync(cancellationToken);
        var counts = await UserCountsAsync(cancellationToken);
        var builtInOrder = BuiltInRoles.Host.Concat(BuiltInRoles.Town).ToList();
        return [.. rows
            .Select(r => ToDto(r, counts.GetValueOrDefault(r.Id)))
            .OrderBy(r => r.IsBuiltIn ? builtInOrder.IndexOf(r.Name) : int.MaxValue)
            .ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    public async Task<RoleDto> GetAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id, cancellationToken);
        var counts = await UserCountsAsync(cancellationToken);
        return ToDto(role, counts.GetValueOrDefault(role.Id));
    }

    public async Task<RoleDto> CreateAsync(SaveRoleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var name = await ValidateNameAsync(Guid.Empty, request.Name, cancellationToken);
        var role = new PortalRole { Name = name };
        IdentityResults.ThrowIfFailed(await roles.CreateAsync(role), nameof(request.Name));
        return await GetAsync(role.Id, cancellationToken);
    }

    public async Task<RoleDto> UpdateAsync(Guid id, SaveRoleRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var role = await FindAsync(id, cancellationToken);
        var oldName = role.Name ?? "";
        var name = await ValidateNameAsync(id, request.Name, cancellationToken);
        if (names.IsBuiltIn(oldName) && !string.Equals(name, oldName, StringComparison.Ordinal))
        {
            Throw(nameof(request.Name), "BuiltInRoleCannotBeRenamed", names.For(oldName));
        }
        IdentityResults.ThrowIfStale(role.ConcurrencyStamp, request.ConcurrencyStamp);
        foreach (var grant in await GrantsOfAsync(oldName, cancellationToken))
        {
            grant.ProviderKey = name;
        }
        role.Name = name;
        // The store's single save renames the role and moves its grants in one transaction.
        IdentityResults.ThrowIfFailed(await roles.UpdateAsync(role), nameof(request.Name));
        return await GetAsync(id, cancellationToken);
    }

    public async Task DeleteAsync(Guid id, CancellationToken cancellationToken = default)
    {
        var role = await FindAsync(id, cancellationToken);
        if (names.IsBuiltIn(role.Name ?? ""))
        {
            Throw("Id", "BuiltInRoleCannotBeDeleted", names.For(role.Name ?? ""));
        }
        db.RemoveRange(await GrantsOfAsync(role.Name ?? "", cancellationToken));
        // Memberships go with the role (cascade); the grants in the same save.
        IdentityResults.ThrowIfFailed(await roles.DeleteAsync(role), "Id");
    }

    private async Task<PortalRole> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await roles.Roles.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(PortalRole), id);

    private Task<List<PermissionGrant>> GrantsOfAsync(string roleName, CancellationToken cancellationToken) =>
        db.Set<PermissionGrant>()
            .Where(g => g.ProviderName == PermissionGrant.RoleProvider && g.ProviderKey == roleName)
            .ToListAsync(cancellationToken);

    private async Task<string> ValidateNameAsync(Guid id, string? input, CancellationToken cancellationToken)
    {
        var name = input?.Trim() ?? "";
        if (name.Length == 0)
        {
            Throw(nameof(SaveRoleRequest.Name), "RoleNameRequired");
        }
        if (name.Length > MaxNameLength)
        {
            Throw(nameof(SaveRoleRequest.Name), "RoleNameTooLong", MaxNameLength);
        }
        var normalized = roles.NormalizeKey(name);
        if (await roles.Roles.AnyAsync(r => r.NormalizedName == normalized && r.Id != id, cancellationToken))
        {
            Throw(nameof(SaveRoleRequest.Name), "RoleNameTaken", name);
        }
        return name;
    }

    private async Task<Dictionary<Guid, int>> UserCountsAsync(CancellationToken cancellationToken) =>
        await (from membership in db.Set<IdentityUserRole<Guid>>()
               join role in db.Set<PortalRole>() on membership.RoleId equals role.Id
               group membership by membership.RoleId into g
               select new { RoleId = g.Key, Count = g.Count() })
            .ToDictionaryAsync(x => x.RoleId, x => x.Count, cancellationToken);

    private RoleDto ToDto(PortalRole role, int userCount)
    {
        var name = role.Name ?? "";
        return new RoleDto(role.Id, name, names.For(name), names.IsBuiltIn(name), names.IsAdmin(name), userCount, role.ConcurrencyStamp ?? "");
    }

    [System.Diagnostics.CodeAnalysis.DoesNotReturn]
    private void Throw(string field, string messageKey, params object[] arguments)
    {
        var errors = new ValidationErrors();
        errors.Add(field, text[messageKey, arguments]);
        throw new ValidationException(errors);
    }
}

using System.Security.Claims;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Permissions;

namespace SafetyPortal.Organization.Application;

/// <summary>
/// Which part of the town the signed-in user may see: all of it with Organization.Units.WholeTown,
/// else only the subtrees of the units they belong to (enterprise staff see their own enterprise).
/// </summary>
public sealed class OrganizationUnitScope(PortalDbContext db, IPermissionChecker permissions, IHttpContextAccessor http)
{
    private IReadOnlyList<string>? _roots;
    private bool _resolved;

    /// <summary>Codes of the subtrees the user may see, or null for the whole town.</summary>
    public async Task<IReadOnlyList<string>?> GetVisibleRootsAsync(CancellationToken cancellationToken = default)
    {
        if (_resolved)
        {
            return _roots;
        }
        var user = http.HttpContext?.User ?? new ClaimsPrincipal();
        if (http.HttpContext is null || await permissions.IsGrantedAsync(user, OrganizationPermissions.Units.WholeTown))
        {
            _roots = null;
        }
        else
        {
            var userId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var id) ? id : Guid.Empty;
            _roots = await db.Set<OrganizationUnitMember>().Where(m => m.UserId == userId)
                .Join(db.Set<OrganizationUnit>(), m => m.OrganizationUnitId, u => u.Id, (m, u) => u.Code)
                .ToListAsync(cancellationToken);
        }
        _resolved = true;
        return _roots;
    }

    /// <summary>Enterprises (top-level units) the user may see: those containing one of their subtrees.</summary>
    public async Task<IQueryable<OrganizationUnit>> VisibleEnterprisesAsync(CancellationToken cancellationToken = default)
    {
        var query = db.Set<OrganizationUnit>().Where(u => u.Kind == OrganizationUnitKind.Enterprise);
        if (await GetVisibleRootsAsync(cancellationToken) is not { } roots)
        {
            return query;
        }
        var enterpriseCodes = roots.Select(r => r[..OrganizationUnitCode.DigitsPerLevel]).Distinct().ToList();
        return query.Where(u => enterpriseCodes.Contains(u.Code));
    }

    public async Task<bool> CanSeeAsync(string unitCode, CancellationToken cancellationToken = default) =>
        await GetVisibleRootsAsync(cancellationToken) is not { } roots
        || roots.Any(r => OrganizationUnitCode.IsInSubtree(unitCode, r) || OrganizationUnitCode.IsInSubtree(r, unitCode));
}

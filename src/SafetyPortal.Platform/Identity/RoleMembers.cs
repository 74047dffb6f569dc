using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Platform.Identity;

public static class RoleMembers
{
    /// <summary>The ids of the users holding any of these roles (names as created, any case) in the current town, or on the host.</summary>
    public static Task<List<Guid>> UserIdsInRolesAsync(this PortalDbContext db, IEnumerable<string> roleNames, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(db);
        var normalized = roleNames.Select(n => n.ToUpperInvariant()).ToList();
        return (from role in db.Set<PortalRole>()
                where normalized.Contains(role.NormalizedName!)
                join membership in db.Set<IdentityUserRole<Guid>>() on role.Id equals membership.RoleId
                select membership.UserId).Distinct().ToListAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Organization.Application;

internal sealed class UserOrganizationUnitLookup(PortalDbContext db) : IUserOrganizationUnitLookup
{
    public async Task<IReadOnlyList<UserOrganizationUnit>> GetForUserAsync(Guid userId, CancellationToken cancellationToken = default)
    {
        var memberships = await (from m in db.Set<OrganizationUnitMember>().AsNoTracking()
                                 join u in db.Set<OrganizationUnit>() on m.OrganizationUnitId equals u.Id
                                 where m.UserId == userId
                                 orderby u.Code
                                 select new { u.Id, u.Code, u.DisplayName, u.Kind, m.Position })
            .ToListAsync(cancellationToken);
        var enterpriseCodes = memberships.Select(m => m.Code[..OrganizationUnitCode.DigitsPerLevel]).Distinct().ToList();
        var enterprises = await db.Set<OrganizationUnit>().AsNoTracking()
            .Where(u => u.Kind == OrganizationUnitKind.Enterprise && enterpriseCodes.Contains(u.Code))
            .ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        return memberships.Select(m => new UserOrganizationUnit(m.Id, m.Code, m.DisplayName, m.Kind.ToString(),
            enterprises.GetValueOrDefault(m.Code[..OrganizationUnitCode.DigitsPerLevel]), m.Position)).ToList();
    }
}

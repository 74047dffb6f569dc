using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

/// <summary>The kernel's roster contract: memberships joined with their units in one query; the enterprise is the unit's first code level.</summary>
internal sealed class StaffRoster(PortalDbContext db, ICurrentTenant currentTenant) : IStaffRoster
{
    public async Task<IReadOnlyList<StaffMember>> GetStaffAsync(IReadOnlyCollection<Guid>? enterpriseIds, CancellationToken cancellationToken = default)
    {
        var enterprises = db.Set<OrganizationUnit>().AsNoTracking().Where(u => u.Kind == OrganizationUnitKind.Enterprise);
        if (enterpriseIds is not null)
        {
            enterprises = enterprises.Where(u => enterpriseIds.Contains(u.Id));
        }
        var enterpriseByCode = await enterprises.ToDictionaryAsync(u => u.Code, u => u.Id, cancellationToken);
        var rows = await (from m in db.Set<OrganizationUnitMember>().AsNoTracking()
                          join u in db.Set<OrganizationUnit>() on m.OrganizationUnitId equals u.Id
                          join p in db.Set<PortalUser>() on m.UserId equals p.Id
                          where p.IsActive
                          select new { m.UserId, UnitId = u.Id, u.Code, m.Position, m.CreationTime })
            .ToListAsync(cancellationToken);
        return [.. rows
            .Select(r => (Row: r, Enterprise: enterpriseByCode.GetValueOrDefault(r.Code[..Math.Min(r.Code.Length, OrganizationUnitCode.DigitsPerLevel)])))
            .Where(r => r.Enterprise != Guid.Empty)
            .Select(r => new StaffMember(r.Row.UserId, r.Enterprise, r.Row.UnitId, r.Row.Code, r.Row.Position, r.Row.CreationTime))];
    }

    public async Task<IReadOnlyDictionary<Guid, string>> GetUnitCodesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default) =>
        await db.Set<OrganizationUnit>().AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.Code, cancellationToken);

    public async Task<IReadOnlyDictionary<Guid, string>> GetUnitNamesAsync(IReadOnlyCollection<Guid> unitIds, CancellationToken cancellationToken = default)
    {
        var units = currentTenant.Id is null ? db.Set<OrganizationUnit>().IgnoreQueryFilters() : db.Set<OrganizationUnit>();
        return await units.AsNoTracking().Where(u => unitIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

internal sealed class EnterpriseDirectory(PortalDbContext db, OrganizationUnitScope scope, ICurrentTenant currentTenant) : IEnterpriseDirectory
{
    public async Task<IReadOnlyList<Guid>?> GetVisibleEnterpriseIdsAsync(CancellationToken cancellationToken = default)
    {
        if (await scope.GetVisibleRootsAsync(cancellationToken) is null)
        {
            return null;
        }
        return await (await scope.VisibleEnterprisesAsync(cancellationToken)).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<Guid, EnterpriseSummary>> GetAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken = default)
    {
        // Host only: the bureau's overviews name enterprises of every town. A town stays inside its filter.
        var units = currentTenant.Id is null ? db.Set<OrganizationUnit>().IgnoreQueryFilters() : db.Set<OrganizationUnit>();
        var profiles = currentTenant.Id is null ? db.Set<EnterpriseProfile>().IgnoreQueryFilters() : db.Set<EnterpriseProfile>();
        var grids = currentTenant.Id is null ? db.Set<Grid>().IgnoreQueryFilters() : db.Set<Grid>();
        var list = await Summaries(units.Where(u => ids.Contains(u.Id)), profiles, grids).ToListAsync(cancellationToken);
        return list.ToDictionary(e => e.Id);
    }

    public async Task<IReadOnlyList<Guid>> GetAllIdsAsync(CancellationToken cancellationToken = default)
    {
        var units = currentTenant.Id is null ? db.Set<OrganizationUnit>().IgnoreQueryFilters().Where(u => u.TenantId != null) : db.Set<OrganizationUnit>();
        return await units.Where(u => u.Kind == OrganizationUnitKind.Enterprise).Select(u => u.Id).ToListAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, EnterpriseSummary>> FindByCreditCodesAsync(
        IReadOnlyCollection<string> creditCodes, CancellationToken cancellationToken = default)
    {
        var matching = db.Set<EnterpriseProfile>().Where(p => creditCodes.Contains(p.CreditCode)).Select(p => p.Id);
        var list = await Summaries(db.Set<OrganizationUnit>().Where(u => matching.Contains(u.Id)), db.Set<EnterpriseProfile>(), db.Set<Grid>())
            .ToListAsync(cancellationToken);
        return list.Where(e => e.CreditCode is not null).ToDictionary(e => e.CreditCode!, StringComparer.Ordinal);
    }

    public async Task<IReadOnlyList<EnterpriseSummary>> SearchAsync(string? text, int take, CancellationToken cancellationToken = default)
    {
        var units = await scope.VisibleEnterprisesAsync(cancellationToken);
        if (!string.IsNullOrWhiteSpace(text))
        {
            var search = text.Trim();
            units = units.Where(u => u.DisplayName.Contains(search));
        }
        // Ordered and cut on the units: EF cannot order by a member of the projected record.
        var found = await Summaries(units.OrderBy(u => u.DisplayName).Take(take),
            db.Set<EnterpriseProfile>(), db.Set<Grid>()).ToListAsync(cancellationToken);
        return [.. found.OrderBy(e => e.Name, StringComparer.Ordinal)];
    }

    private static IQueryable<EnterpriseSummary> Summaries(IQueryable<OrganizationUnit> units, IQueryable<EnterpriseProfile> profiles,
        IQueryable<Grid> grids) =>
        from u in units.AsNoTracking()
        where u.Kind == OrganizationUnitKind.Enterprise
        join p in profiles on u.Id equals p.Id into joined
        from p in joined.DefaultIfEmpty()
        join g in grids on (p == null ? null : p.GridId) equals (Guid?)g.Id into inGrid
        from g in inGrid.DefaultIfEmpty()
        select new EnterpriseSummary(u.Id, u.TenantId, u.DisplayName,
            p == null ? null : p.CreditCode, p == null ? null : p.IndustryCode, p == null ? KeySites.None : p.KeySites,
            p == null ? RegulatoryGrade.Unrated : p.RegulatoryGrade, g == null ? null : g.OfficerId);
}

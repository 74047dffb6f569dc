using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>
/// The catalogue as the current side sees it: the bureau's entries (TenantId null) plus, in a town, the
/// town's own. The kernel's town filter would hide the host rows from a town, so these reads lift it and
/// put back exactly "host or mine"; another town's entries stay out. On the host only host entries show.
/// Every catalogue read goes through here.
/// </summary>
public sealed class RiskCatalogueScope(PortalDbContext db, ICurrentTenant currentTenant)
{
    public IQueryable<RiskIndustry> Industries()
    {
        var town = currentTenant.Id;
        return db.Set<RiskIndustry>().IgnoreQueryFilters().Where(i => i.TenantId == null || i.TenantId == town);
    }

    public IQueryable<RiskCategory> Categories()
    {
        var town = currentTenant.Id;
        return db.Set<RiskCategory>().IgnoreQueryFilters().Where(c => c.TenantId == null || c.TenantId == town);
    }

    public IQueryable<RiskCategoryVersion> Versions()
    {
        var town = currentTenant.Id;
        return db.Set<RiskCategoryVersion>().IgnoreQueryFilters().Where(v => v.TenantId == null || v.TenantId == town);
    }

    /// <summary>
    /// Code → the entry a new risk point of that code means: not retired, the town's own before the bureau's
    /// (a town code cannot repeat a bureau code it sees, but the bureau may add a code a town already uses).
    /// </summary>
    public async Task<Dictionary<string, RiskCategory>> ActiveByCodeAsync(IReadOnlyCollection<string>? codes, CancellationToken cancellationToken)
    {
        var query = Categories().AsNoTracking().Where(c => !c.IsRetired);
        if (codes is not null)
        {
            query = query.Where(c => codes.Contains(c.Code));
        }
        var found = await query.ToListAsync(cancellationToken);
        return found.OrderBy(c => c.TenantId is null).GroupBy(c => c.Code, StringComparer.OrdinalIgnoreCase)
            .ToDictionary(g => g.Key, g => g.First(), StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>Only the owner edits an entry: the bureau its entries, a town its own (never the bureau's).</summary>
    public bool CanEdit(Guid? ownerTenantId) => ownerTenantId == currentTenant.Id;
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Application;

/// <summary>The platform's view of towns, read from this module's table; single towns through the node's <see cref="TenantCache"/>.</summary>
internal sealed class TenantStore(PortalDbContext db, TenantCache cache) : ITenantStore
{
    public Task<TenantInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var normalized = code.Trim().ToLowerInvariant();
        return cache.Towns.GetOrLoadAsync("code:" + normalized,
            () => Query().Where(t => t.Code == normalized).Select(ToInfo).FirstOrDefaultAsync(cancellationToken));
    }

    public Task<TenantInfo?> FindByIdAsync(Guid id, CancellationToken cancellationToken = default) =>
        cache.Towns.GetOrLoadAsync("id:" + id.ToString("N"), () => Query().Where(t => t.Id == id).Select(ToInfo).FirstOrDefaultAsync(cancellationToken));

    public async Task<IReadOnlyList<TenantInfo>> GetActiveAsync(CancellationToken cancellationToken = default) =>
        await Query().Where(t => t.IsActive).OrderBy(t => t.Code)
            .Select(t => new TenantInfo(t.Id, t.Code, t.Name, t.IsActive)).ToListAsync(cancellationToken);

    private IQueryable<Tenant> Query() => db.Set<Tenant>().AsNoTracking();

    private static readonly System.Linq.Expressions.Expression<Func<Tenant, TenantInfo?>> ToInfo =
        t => new TenantInfo(t.Id, t.Code, t.Name, t.IsActive);
}

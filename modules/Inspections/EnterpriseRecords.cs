using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections;

public static class EnterpriseRecords
{
    /// <summary>
    /// The records a reader sees: the bureau every town's (the town filter lifted on the host only, optionally narrowed to one
    /// town), town staff their town's, enterprise staff those of their own enterprises. Read-only.
    /// </summary>
    public static async Task<IQueryable<T>> VisibleAsync<T>(this PortalDbContext db, SignedInUser user, Guid? townId, CancellationToken cancellationToken)
        where T : class, IEnterpriseRecord
    {
        ArgumentNullException.ThrowIfNull(db);
        ArgumentNullException.ThrowIfNull(user);
        var rows = user.TenantId is null ? db.Set<T>().IgnoreQueryFilters() : db.Set<T>();
        if (user.TenantId is null && townId is { } town)
        {
            rows = rows.Where(r => r.TenantId == town);
        }
        if (await user.VisibleEnterprisesAsync(cancellationToken) is { } visible)
        {
            rows = rows.Where(r => visible.Contains(r.EnterpriseId));
        }
        return rows.AsNoTracking();
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Screening;

/// <summary>
/// Whose enterprises a screening covers: the current town's, or on the host (no current town) every town's.
/// Crossing the town filter is host-only and happens only through <see cref="Query{T}"/>.
/// </summary>
public sealed record ScreeningScope(Guid? TownId)
{
    public bool AllTowns => TownId is null;

    /// <summary>The rows of the scope: the town filter as usual, lifted on the host so the bureau reads every town.</summary>
    public IQueryable<T> Query<T>(DbContext db) where T : class, IMultiTenant =>
        AllTowns ? db.Set<T>().IgnoreQueryFilters().Where(e => e.TenantId != null) : db.Set<T>();
}

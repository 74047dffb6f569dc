using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// Which hazards a reader sees: the bureau every town's (the town filter lifted on the host only, optionally narrowed to
/// one town), town staff their town's, enterprise staff those of their own enterprises.
/// </summary>
public sealed class HazardScope(PortalDbContext db, SignedInUser user)
{
    public bool IsBureau => user.TenantId is null;

    public Task<IQueryable<Hazard>> VisibleAsync(Guid? townId, CancellationToken cancellationToken) =>
        db.VisibleAsync<Hazard>(user, townId, cancellationToken);

    public async Task<Hazard> FindAsync(Guid id, CancellationToken cancellationToken) =>
        await (await VisibleAsync(null, cancellationToken)).FirstOrDefaultAsync(h => h.Id == id, cancellationToken)
        ?? throw new EntityNotFoundException(typeof(Hazard), id);
}

using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.ChangeTracking;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// Before a save: new town data gets the current TenantId, times are stamped in UTC, concurrency stamps change. Changes are
/// detected here once; what this pass sets is told to the tracker entry by entry, so the audit capture that follows in the
/// same save reads the entries as they stand (see <see cref="TrackedEntries"/>).
/// </summary>
internal static class EntityChangeStamping
{
    public static void Apply(ChangeTracker tracker, Guid? currentTenantId)
    {
        var now = DateTime.UtcNow;
        if (tracker.AutoDetectChangesEnabled)
        {
            tracker.DetectChanges();
        }
        foreach (var entry in TrackedEntries.AsDetected(tracker))
        {
            switch (entry.State)
            {
                case EntityState.Added:
                    if (entry.Entity is IMultiTenant { TenantId: null } tenantOwned && currentTenantId is not null)
                    {
                        tenantOwned.TenantId = currentTenantId;
                    }
                    if (entry.Entity is IHasCreationTime created && created.CreationTime == default)
                    {
                        created.CreationTime = now;
                    }
                    break;
                case EntityState.Modified:
                    if (entry.Entity is IHasModificationTime modified)
                    {
                        modified.LastModificationTime = now;
                    }
                    if (entry.Entity is IHasConcurrencyStamp stamped)
                    {
                        stamped.ConcurrencyStamp = Guid.NewGuid().ToString("N");
                    }
                    entry.DetectChanges();
                    break;
            }
        }
    }
}

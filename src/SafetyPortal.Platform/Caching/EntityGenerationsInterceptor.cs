using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Diagnostics;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Platform.Caching;

/// <summary>
/// Bumps the <see cref="EntityGenerations"/> of every entity type a save changed, once the rows are committed (after the
/// save, or when its transaction commits; nothing if it rolls back). Bulk ExecuteUpdate/ExecuteDelete bypass it: cached
/// types must not be changed that way.
/// </summary>
public sealed class EntityGenerationsInterceptor(EntityGenerations generations) : SaveChangesInterceptor
{
    public override ValueTask<InterceptionResult<int>> SavingChangesAsync(DbContextEventData eventData, InterceptionResult<int> result,
        CancellationToken cancellationToken = default)
    {
        Track(eventData.Context);
        return base.SavingChangesAsync(eventData, result, cancellationToken);
    }

    public override InterceptionResult<int> SavingChanges(DbContextEventData eventData, InterceptionResult<int> result)
    {
        Track(eventData.Context);
        return base.SavingChanges(eventData, result);
    }

    private void Track(DbContext? context)
    {
        if (context is null)
        {
            return;
        }
        // As detected: the portal's context detected changes once before this (its stamping); Entries() would detect them again.
        var changed = TrackedEntries.AsDetected(context.ChangeTracker)
            .Where(e => e.State is EntityState.Added or EntityState.Modified or EntityState.Deleted)
            .Select(e => e.Metadata.ClrType).Distinct().ToList();
        if (changed.Count > 0)
        {
            context.AfterCommit(_ =>
            {
                generations.Bump(changed);
                return Task.CompletedTask;
            });
        }
    }
}

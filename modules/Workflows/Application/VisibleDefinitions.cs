using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Workflows.Application;

/// <summary>
/// The definitions a town sees: the bureau's (TenantId null) and its own. The town filter alone would hide the
/// bureau's, so this crosses it on purpose and adds the one condition back; the bureau sees only its own.
/// </summary>
public sealed class VisibleDefinitions(PortalDbContext db, ICurrentTenant tenant, PublishedDefinitionCache cache)
{
    /// <summary>Compiled once: a start runs it whenever the cache has no entry.</summary>
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid?, string, CancellationToken, Task<WorkflowDefinition?>>> LatestPublishedQuery =
        new(() => EF.CompileAsyncQuery((PortalDbContext db, Guid? current, string key, CancellationToken _) =>
            db.Set<WorkflowDefinition>().IgnoreQueryFilters()
                .Where(d => (d.TenantId == null || d.TenantId == current) && d.Key == key && d.Status == DefinitionStatus.Published)
                .OrderByDescending(d => d.TenantId != null).ThenByDescending(d => d.Version)
                .Select(d => new WorkflowDefinition
                {
                    Id = d.Id, TenantId = d.TenantId, Key = d.Key, Name = d.Name, Version = d.Version, Status = d.Status,
                })
                .FirstOrDefault()));

    public IQueryable<WorkflowDefinition> Query()
    {
        var current = tenant.Id;
        return db.Set<WorkflowDefinition>().IgnoreQueryFilters().Where(d => d.TenantId == null || d.TenantId == current);
    }

    public async Task<WorkflowDefinition> GetAsync(Guid id, CancellationToken cancellationToken) =>
        await Query().FirstOrDefaultAsync(d => d.Id == id, cancellationToken)
        ?? throw new Platform.Domain.EntityNotFoundException(typeof(WorkflowDefinition), id);

    /// <summary>
    /// The newest published version of a key: the town's own when it has one (its override), else the bureau's.
    /// Read without its XML (starting needs only the id; the parsed model is cached per version), through
    /// <see cref="PublishedDefinitionCache"/> (a version published on another node shows within its lifetime).
    /// </summary>
    public async Task<WorkflowDefinition?> LatestPublishedAsync(string key, CancellationToken cancellationToken)
    {
        var current = tenant.Id;
        if (cache.Latest(current, key) is { } cached)
        {
            return cached;
        }
        var latest = await LatestPublishedQuery.For(db)(db, current, key, cancellationToken);
        if (latest is not null)
        {
            cache.Remember(current, key, latest);
        }
        return latest;
    }
}

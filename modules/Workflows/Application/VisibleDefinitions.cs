using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Application;

/// <summary>
/// The definitions a town sees: the bureau's (TenantId null) and its own. The town filter alone would hide the
/// bureau's, so this crosses it on purpose and adds the one condition back; the bureau sees only its own.
/// </summary>
public sealed class VisibleDefinitions(PortalDbContext db, ICurrentTenant tenant)
{
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
    /// Read without its XML (starting needs only the id; the parsed model is cached per version).
    /// </summary>
    public Task<WorkflowDefinition?> LatestPublishedAsync(string key, CancellationToken cancellationToken) =>
        Query()
            .Where(d => d.Key == key && d.Status == DefinitionStatus.Published)
            .OrderByDescending(d => d.TenantId != null).ThenByDescending(d => d.Version)
            .Select(d => new WorkflowDefinition
            {
                Id = d.Id, TenantId = d.TenantId, Key = d.Key, Name = d.Name, Version = d.Version, Status = d.Status,
            })
            .FirstOrDefaultAsync(cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Application;

/// <summary>The publishing step shared by the designer's publish and the seeding of built-in processes.</summary>
public sealed class DefinitionPublishing(PortalDbContext db, TimeProvider clock)
{
    public async Task PublishAsync(WorkflowDefinition draft, string publishedBy, CancellationToken cancellationToken)
    {
        var tenantId = draft.TenantId;
        var last = await db.Set<WorkflowDefinition>().IgnoreQueryFilters()
            .Where(d => d.Key == draft.Key && d.TenantId == tenantId && d.Status == DefinitionStatus.Published)
            .MaxAsync(d => (int?)d.Version, cancellationToken) ?? 0;
        draft.Version = last + 1;
        draft.Status = DefinitionStatus.Published;
        draft.IsValid = true;
        draft.PublishedTime = clock.GetUtcNow().UtcDateTime;
        draft.PublishedBy = publishedBy;
        await db.SaveChangesAsync(cancellationToken);
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Application;

/// <summary>The kernel's <see cref="IWorkflowTaskFiles"/>: the task-form files of an instance's element, from the instance's file rows.</summary>
internal sealed class InstanceTaskFiles(PortalDbContext db, IFileStore store) : IWorkflowTaskFiles
{
    public async Task<IReadOnlyList<StoredFile>> OfElementAsync(Guid instanceId, string elementId, CancellationToken cancellationToken = default)
    {
        var rows = await db.Set<WorkflowFile>().AsNoTracking()
            .Where(f => f.InstanceId == instanceId && f.ElementId == elementId && f.TaskId != null)
            .OrderBy(f => f.CreationTime).Select(f => new { f.Container, f.Id }).ToListAsync(cancellationToken);
        var files = new List<StoredFile>(rows.Count);
        foreach (var row in rows)
        {
            if (await store.FindAsync(row.Container, row.Id, cancellationToken: cancellationToken) is { } file)
            {
                files.Add(file);
            }
        }
        return files;
    }
}

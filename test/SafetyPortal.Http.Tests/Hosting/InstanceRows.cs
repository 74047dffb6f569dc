using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>Workflow instance rows written straight to the database, for the tests of the kernel's saves on MariaDB.</summary>
internal static class InstanceRows
{
    /// <summary>A new instance whose active elements read <c>|Start|</c>.</summary>
    public static async Task<Guid> AddAsync(IServiceProvider services, string processKey)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var instance = new WorkflowInstance
        {
            ProcessKey = processKey, StateJson = "{}", ActiveElementIds = "|Start|", StartTime = DateTime.UtcNow, StartedBy = "test",
        };
        db.Add(instance);
        await db.SaveChangesAsync();
        return instance.Id;
    }

    /// <summary>Another user's save of the same row meanwhile: its active elements read <c>|Elsewhere|</c>, its concurrency stamp changes.</summary>
    public static async Task ChangeElsewhereAsync(IServiceProvider services, Guid id)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var instance = await db.Set<WorkflowInstance>().IgnoreQueryFilters().SingleAsync(i => i.Id == id);
        instance.ActiveElementIds = "|Elsewhere|";
        await db.SaveChangesAsync();
    }
}

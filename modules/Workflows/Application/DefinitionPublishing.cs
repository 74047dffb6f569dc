using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Timers;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Workflows.Application;

/// <summary>The publishing step shared by the designer's publish and the seeding of built-in processes.</summary>
public sealed class DefinitionPublishing(PortalDbContext db, TimeProvider clock, PublishedDefinitionCache latest)
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
        await ScheduleTimerStartsAsync(draft, cancellationToken);
        // Cleared once the version is committed: a start that read the old one in between would keep it cached.
        db.AfterCommit(_ =>
        {
            latest.Clear();
            return Task.CompletedTask;
        });
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The new version's timer start events replace the older versions' schedules of the same key and town.</summary>
    private async Task ScheduleTimerStartsAsync(WorkflowDefinition published, CancellationToken cancellationToken)
    {
        var tenantId = published.TenantId;
        var older = db.Set<WorkflowDefinition>().IgnoreQueryFilters()
            .Where(d => d.Key == published.Key && d.TenantId == tenantId && d.Id != published.Id).Select(d => d.Id);
        await db.Set<WorkflowJob>().IgnoreQueryFilters()
            .Where(j => j.Kind == JobKind.TimerStart && older.Contains(j.DefinitionId!.Value))
            .ExecuteDeleteAsync(cancellationToken);
        var model = BpmnParser.Parse(published.Xml).Model;
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var start in model?.TimerStarts ?? [])
        {
            if (start.Timer is not { } timer || Expressions.IsExpression(timer.Text))
            {
                continue;
            }
            var plan = TimerSchedule.Plan(timer.Kind, timer.Text, now);
            db.Add(new WorkflowJob
            {
                TenantId = tenantId, DefinitionId = published.Id, ElementId = start.Id, Kind = JobKind.TimerStart,
                DueTime = plan.DueUtc, PayloadJson = JobPayloads.Timer(plan), CreationTime = now,
            });
        }
    }
}

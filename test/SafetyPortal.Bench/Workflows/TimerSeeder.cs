using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Timers;
using SafetyPortal.Workflows.Runtime;

namespace SafetyPortal.Bench.Workflows;

/// <summary>Writes instances waiting at a due intermediate timer straight into the tables (setup, not measured).</summary>
internal static class TimerSeeder
{
    public const string Key = "bench-timer";

    public static async Task SeedAsync(IServiceProvider services, int count)
    {
        Guid definitionId;
        await using (var scope = services.CreateAsyncScope())
        {
            var definitions = scope.ServiceProvider.GetRequiredService<ManageDefinitions>();
            var draft = await definitions.SaveDraftAsync(new SaveDraftRequest($"""
                <definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL" id="D" targetNamespace="bench">
                  <process id="{Key}" isExecutable="true">
                    <startEvent id="S" /><sequenceFlow id="f1" sourceRef="S" targetRef="W" />
                    <intermediateCatchEvent id="W"><timerEventDefinition><timeDuration>PT1H</timeDuration></timerEventDefinition></intermediateCatchEvent>
                    <sequenceFlow id="f2" sourceRef="W" targetRef="E" /><endEvent id="E" />
                  </process>
                </definitions>
                """, null), default);
            definitionId = (await definitions.PublishAsync(draft.Id, new PublishRequest(null), default)).Id;
        }
        var due = DateTime.UtcNow.AddSeconds(-1);
        for (var done = 0; done < count; done += 2_000)
        {
            await using var scope = services.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.ChangeTracker.AutoDetectChangesEnabled = false;
            for (var i = done; i < Math.Min(count, done + 2_000); i++)
            {
                var state = new InstanceState();
                var token = state.NewToken("W", null);
                token.State = TokenState.Waiting;
                token.Waits = WaitKinds.Job;
                var instance = new WorkflowInstance
                {
                    DefinitionId = definitionId, ProcessKey = Key, DefinitionVersion = 1, BusinessKey = $"T-{i}", Status = InstanceStatus.Active,
                    StateJson = state.Serialize(), ActiveElementIds = "|W|", StartTime = due, StartedBy = "bench",
                };
                db.Add(instance);
                db.Add(new WorkflowJob
                {
                    InstanceId = instance.Id, TokenId = token.Id, ElementId = "W", Kind = JobKind.Timer, DueTime = due,
                    PayloadJson = JobPayloads.Timer(new TimerPlan(due, 0, null)), CreationTime = due,
                });
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>
    /// Timers not fired yet, polled while the nodes work: a range of the DueTime index (the seeded timers are due now,
    /// the other jobs in the database days later), cheap unlike the full count below.
    /// </summary>
    public static async Task<int> PendingAsync(IServiceProvider services)
    {
        var soon = DateTime.UtcNow.AddHours(1);
        await using var scope = services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<WorkflowJob>().IgnoreQueryFilters().CountAsync(j => j.DueTime < soon);
    }

    public static async Task<(int Pending, int Completed, int FiredTwice, int Fired)> CountAsync(IServiceProvider services)
    {
        var pending = await PendingAsync(services);
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
        var completed = await db.Set<WorkflowInstance>().CountAsync(i => i.ProcessKey == Key && i.Status == InstanceStatus.Completed);
        var firedTwice = await db.Set<JournalEntry>().Where(e => e.Kind == JournalKinds.TimerFired && e.ElementId == "W")
            .GroupBy(e => e.InstanceId).CountAsync(g => g.Count() > 1);
        var fired = await db.Set<JournalEntry>().CountAsync(e => e.Kind == JournalKinds.TimerFired && e.ElementId == "W");
        return (pending, completed, firedTwice, fired);
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Fires claimed timers of one town. A batch goes in one transaction (the instances loaded in one query); if any of
/// it conflicts, each timer is fired on its own. Each job is deleted with its claim as concurrency token in the
/// transaction that moves its instance on, so a timer fires exactly once even if a claim expired and another node took it.
/// </summary>
public sealed class TimerFiring(PortalDbContext db, WorkflowEngine engine, ProcessExecutor executor, JobClaims claims)
{
    public async Task<int> FireAsync(IReadOnlyList<WorkflowJob> timers, string owner, CancellationToken cancellationToken)
    {
        try
        {
            return await FireTogetherAsync(timers, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var fired = 0;
            foreach (var timer in timers)
            {
                try
                {
                    fired += await FireTogetherAsync([timer], cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // The instance moved meanwhile or another node fired it: give the claim back; the next round decides.
                    db.ChangeTracker.Clear();
                    await claims.ReleaseAsync(timer.Id, owner, cancellationToken);
                }
            }
            return fired;
        }
    }

    private async Task<int> FireTogetherAsync(IReadOnlyList<WorkflowJob> timers, CancellationToken cancellationToken)
    {
        var fired = 0;
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            fired = 0;
            var instanceIds = timers.Select(t => t.InstanceId!.Value).Distinct().ToList();
            await db.Set<WorkflowInstance>().Where(i => instanceIds.Contains(i.Id)).LoadAsync(ct);
            foreach (var timer in timers)
            {
                var plan = JobPayloads.ReadTimer(timer.PayloadJson, timer.DueTime);
                var moved = await engine.StepAsync(timer.InstanceId!.Value, (s, now) =>
                {
                    if (s.State.Find(timer.TokenId!) is { } token && s.Model.Nodes.TryGetValue(timer.ElementId, out var node)
                        && node.Kind != Engine.Model.NodeKind.BoundaryEvent)
                    {
                        token.Waits &= ~WaitKinds.Job;
                    }
                    return executor.FireTimer(s.Model, s.State, s.Variables, now, timer.TokenId!, timer.ElementId, plan);
                }, "timer", new EffectsWriter.Exclusions(JobId: timer.Id), ct);
                var stored = new WorkflowJob { Id = timer.Id, LockOwner = timer.LockOwner };
                db.Attach(stored);
                db.Remove(stored);
                fired += moved ? 1 : 0;
            }
            await db.SaveChangesAsync(ct);
        }, cancellationToken);
        return fired;
    }
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Fires claimed timers of one town. A batch goes in one transaction (the instances loaded in one query, the jobs
/// deleted by one statement); if any of it conflicts, each timer is fired on its own. The jobs are deleted only while
/// this node's claim is on them, in the transaction that moves their instances on, so a timer fires exactly once even
/// if a claim expired and another node took it.
/// </summary>
public sealed class TimerFiring(PortalDbContext db, WorkflowEngine engine, ProcessExecutor executor, JobClaims claims)
{
    public async Task<int> FireAsync(IReadOnlyList<WorkflowJob> timers, string owner, CancellationToken cancellationToken)
    {
        try
        {
            return await FireTogetherAsync(timers, owner, cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            var fired = 0;
            foreach (var timer in timers)
            {
                try
                {
                    fired += await FireTogetherAsync([timer], owner, cancellationToken);
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

    /// <summary>A timer start event is due: one new instance of its version, and the next firing of a cycle.</summary>
    public async Task StartByTimerAsync(WorkflowJob job, CancellationToken cancellationToken)
    {
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var definition = await db.Set<WorkflowDefinition>().IgnoreQueryFilters().Where(d => d.Id == job.DefinitionId)
                .Select(d => new WorkflowDefinition { Id = d.Id, TenantId = d.TenantId, Key = d.Key, Name = d.Name, Version = d.Version })
                .FirstOrDefaultAsync(ct);
            if (definition is not null)
            {
                await engine.StartAsync(definition, null, null, "timer", ct, job.ElementId);
                var plan = JobPayloads.ReadTimer(job.PayloadJson, job.DueTime);
                if (TimerSchedule.Next(plan) is { } next)
                {
                    db.Add(new WorkflowJob
                    {
                        TenantId = job.TenantId, DefinitionId = job.DefinitionId, ElementId = job.ElementId, Kind = JobKind.TimerStart,
                        DueTime = next.DueUtc, PayloadJson = JobPayloads.Timer(next), CreationTime = engine.Now,
                    });
                }
            }
            var stored = new WorkflowJob { Id = job.Id, LockOwner = job.LockOwner };
            db.Attach(stored);
            db.Remove(stored);
            await engine.SaveAsync(ct);
        }, cancellationToken);
    }

    private async Task<int> FireTogetherAsync(IReadOnlyList<WorkflowJob> timers, string owner, CancellationToken cancellationToken)
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
                fired += moved ? 1 : 0;
            }
            var jobIds = timers.Select(t => t.Id).ToList();
            var deleted = await db.Set<WorkflowJob>().IgnoreQueryFilters().Where(j => jobIds.Contains(j.Id) && j.LockOwner == owner).ExecuteDeleteAsync(ct);
            if (deleted != jobIds.Count)
            {
                throw new DbUpdateConcurrencyException($"{jobIds.Count - deleted} of {jobIds.Count} timers are no longer claimed by this node.");
            }
            await engine.SaveAsync(ct);

        }, cancellationToken);
        return fired;
    }
}

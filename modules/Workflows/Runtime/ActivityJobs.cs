using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Activities;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Runs one claimed activity job: the activity outside any transaction, then its outputs (or its business error) in the
/// transaction that moves the instance on and deletes the job. A technical failure is retried with doubling delays;
/// after the last retry it becomes an incident and the job waits, failed, for a retry.
/// </summary>
public sealed class ActivityJobs(
    PortalDbContext db,
    ActivityRegistry activities,
    WorkflowEngine engine,
    ProcessExecutor executor,
    IOptions<RuntimeOptions> options)
{
    public async Task RunAsync(WorkflowJob job, string owner, CancellationToken cancellationToken)
    {
        var (name, inputs) = JobPayloads.ReadActivity(job.PayloadJson);
        var session = await engine.LoadAsync(job.InstanceId!.Value, cancellationToken);
        WorkflowActivityResult result;
        try
        {
            var activity = activities.Find(name) ?? throw new InvalidOperationException($"No registered activity is called '{name}'.");
            ActivityInputs.Check(activity, inputs);
            var variables = session.Variables.ToDictionary(v => v.Key, v => v.Value);
            result = await activity.ExecuteAsync(new WorkflowActivityContext(job.InstanceId.Value, job.TenantId, session.Instance.ProcessKey,
                session.Instance.BusinessKey, job.ElementId, inputs.ToDictionary(v => v.Key, v => v.Value), variables), cancellationToken);
        }
        catch (WorkflowBpmnErrorException error)
        {
            await FinishAsync(job, (s, now) => executor.ThrowError(s.Model, s.State, s.Variables, now, job.TokenId!, job.ElementId, error.ErrorCode, error.Message), cancellationToken);
            return;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            db.ChangeTracker.Clear();
            await FailAsync(job, owner, e, cancellationToken);
            return;
        }
        var output = new JsonObject();
        foreach (var (key, value) in result.Outputs)
        {
            output[key] = value?.DeepClone();
        }
        await FinishAsync(job, (s, now) => executor.Complete(s.Model, s.State, s.Variables, now, job.TokenId!, job.ElementId, output), cancellationToken);
    }

    private async Task FinishAsync(WorkflowJob job, Func<InstanceSession, DateTime, ExecutionEffects?> step, CancellationToken cancellationToken)
    {
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            await engine.StepAsync(job.InstanceId!.Value, step, "system", new EffectsWriter.Exclusions(JobId: job.Id), ct);
            var stored = new WorkflowJob { Id = job.Id, LockOwner = job.LockOwner };
            db.Attach(stored);
            db.Remove(stored);
            await engine.SaveAsync(ct);
        }, cancellationToken);
    }

    private async Task FailAsync(WorkflowJob job, string owner, Exception error, CancellationToken cancellationToken)
    {
        var stored = await db.Set<WorkflowJob>().FirstOrDefaultAsync(j => j.Id == job.Id && j.LockOwner == owner, cancellationToken);
        if (stored is null)
        {
            return;
        }
        var message = TextClipping.Clip($"{job.ElementId}: {error.Message}", 2000);
        stored.Attempts++;
        stored.LastError = message;
        stored.LockOwner = null;
        stored.LockExpiry = null;
        if (stored.Attempts > options.Value.MaxRetries)
        {
            stored.Failed = true;
            db.Add(new Incident
            {
                TenantId = job.TenantId, InstanceId = job.InstanceId!.Value, TokenId = job.TokenId, ElementId = job.ElementId, JobId = job.Id,
                Message = message, CreationTime = engine.Now,
            });
            db.Add(new JournalEntry
            {
                TenantId = job.TenantId, InstanceId = job.InstanceId.Value, Time = engine.Now, ElementId = job.ElementId,
                Kind = JournalKinds.Incident, Actor = "system", Detail = message,
            });
            await db.Set<WorkflowInstance>().Where(i => i.Id == job.InstanceId)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.HasIncident, true), cancellationToken);
        }
        else
        {
            stored.DueTime = engine.Now.AddSeconds(options.Value.FirstRetryDelaySeconds * Math.Pow(2, stored.Attempts - 1));
        }
        await db.SaveChangesAsync(cancellationToken);
    }
}

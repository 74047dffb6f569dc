using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Data;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Notifications;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Turns a step's effects into rows of the same transaction: waits of tokens that moved on go first, then the new
/// tasks, jobs, subscriptions, journal lines and incidents, then the instance's tokens and variables.
/// </summary>
public sealed class EffectsWriter(PortalDbContext db, Notifier notifier, IOptions<RuntimeOptions> options, JobSignal signal)
{
    /// <summary>Rows this step handles itself (the job being run, the task being completed): clearing leaves them alone.</summary>
    public sealed record Exclusions(Guid? JobId = null, Guid? TaskId = null);

    public async Task ApplyAsync(InstanceSession session, ExecutionEffects effects, DateTime now, string actor, Exclusions? except, CancellationToken cancellationToken)
    {
        var instance = session.Instance;
        await ClearAsync(instance.Id, effects, now, except ?? new Exclusions(), cancellationToken);
        foreach (var task in effects.Tasks)
        {
            AddTask(instance, task, now);
        }
        foreach (var timer in effects.Timers)
        {
            db.Add(new WorkflowJob
            {
                TenantId = instance.TenantId, InstanceId = instance.Id, TokenId = timer.TokenId, ElementId = timer.ElementId,
                Kind = JobKind.Timer, DueTime = timer.Plan.DueUtc, PayloadJson = JobPayloads.Timer(timer.Plan), CreationTime = now,
            });
        }
        foreach (var activity in effects.Activities)
        {
            db.Add(new WorkflowJob
            {
                TenantId = instance.TenantId, InstanceId = instance.Id, TokenId = activity.TokenId, ElementId = activity.ElementId,
                Kind = JobKind.Activity, DueTime = now, PayloadJson = JobPayloads.Activity(activity.ActivityName, activity.Inputs), CreationTime = now,
            });
            signal.Wake();
        }
        foreach (var subscription in effects.Subscriptions)
        {
            db.Add(new MessageSubscription
            {
                TenantId = instance.TenantId, InstanceId = instance.Id, TokenId = subscription.TokenId, ElementId = subscription.ElementId,
                MessageName = subscription.MessageName, CorrelationKey = instance.BusinessKey, CreationTime = now,
            });
        }
        foreach (var incident in effects.Incidents)
        {
            db.Add(new Incident
            {
                TenantId = instance.TenantId, InstanceId = instance.Id, TokenId = incident.TokenId, ElementId = incident.ElementId,
                Message = TextClipping.Clip(incident.Message, 2000), CreationTime = now,
            });
            instance.HasIncident = true;
        }
        AddJournal(instance, effects, now, actor);
        instance.StateJson = session.State.Serialize();
        instance.VariablesJson = session.Variables.ToJsonString();
        instance.ActiveElementIds = TextClipping.Clip(session.State.ActiveElementIds(), 1024);
        if (session.State.Ended && instance.Status == InstanceStatus.Active)
        {
            instance.Status = effects.Journal.Any(j => j.Kind == JournalKinds.Terminated) ? InstanceStatus.Terminated : InstanceStatus.Completed;
            instance.EndTime = now;
        }
    }

    private async Task ClearAsync(Guid instanceId, ExecutionEffects effects, DateTime now, Exclusions except, CancellationToken cancellationToken)
    {
        List<string> TokensWith(WaitKinds kind) => effects.ClearedTokens.Where(c => c.Value.HasFlag(kind)).Select(c => c.Key).ToList();
        if (TokensWith(WaitKinds.Task) is { Count: > 0 } taskTokens)
        {
            await db.Set<HumanTask>()
                .Where(t => t.InstanceId == instanceId && taskTokens.Contains(t.TokenId) && t.Status == HumanTaskStatus.Open && t.Id != except.TaskId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Status, HumanTaskStatus.Cancelled).SetProperty(t => t.CompletionTime, now), cancellationToken);
        }
        if (TokensWith(WaitKinds.Job) is { Count: > 0 } jobTokens)
        {
            await db.Set<WorkflowJob>()
                .Where(j => j.InstanceId == instanceId && jobTokens.Contains(j.TokenId!) && j.Id != except.JobId)
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (TokensWith(WaitKinds.Subscription) is { Count: > 0 } subscriptionTokens)
        {
            await db.Set<MessageSubscription>()
                .Where(s => s.InstanceId == instanceId && subscriptionTokens.Contains(s.TokenId))
                .ExecuteDeleteAsync(cancellationToken);
        }
        if (TokensWith(WaitKinds.ChildInstance) is { Count: > 0 } callTokens)
        {
            await db.Set<WorkflowInstance>()
                .Where(i => i.ParentInstanceId == instanceId && callTokens.Contains(i.ParentTokenId!) && i.Status == InstanceStatus.Active)
                .ExecuteUpdateAsync(s => s.SetProperty(i => i.Status, InstanceStatus.Terminated).SetProperty(i => i.EndTime, now), cancellationToken);
        }
    }

    private void AddTask(WorkflowInstance instance, TaskRequest request, DateTime now)
    {
        var task = new HumanTask
        {
            TenantId = instance.TenantId, InstanceId = instance.Id, TokenId = request.TokenId, ElementId = request.ElementId,
            Name = TextClipping.Clip(request.Name, 256), ProcessKey = instance.ProcessKey, BusinessKey = instance.BusinessKey,
            Assignee = request.Assignee, CandidateUsers = Candidates.Join(request.CandidateUsers),
            CandidateGroups = Candidates.Join(request.CandidateGroups), FormKey = request.FormKey, Priority = request.Priority,
            DueDate = request.DueDate, FollowUpDate = request.FollowUpDate, Status = HumanTaskStatus.Open, CreationTime = now,
        };
        db.Add(task);
        if (task.Assignee is { } assignee)
        {
            notifier.ToUser(assignee, NotificationKinds.TaskAssigned, task.Name, instance.BusinessKey, task.Id, instance.Id);
        }
    }

    private void AddJournal(WorkflowInstance instance, ExecutionEffects effects, DateTime now, string actor)
    {
        if (!options.Value.Journal)
        {
            return;
        }
        var sequence = 0;
        foreach (var line in effects.Journal)
        {
            db.Add(new JournalEntry
            {
                TenantId = instance.TenantId, InstanceId = instance.Id, Time = now, Sequence = sequence++, ElementId = line.ElementId,
                ElementName = line.ElementName is null ? null : TextClipping.Clip(line.ElementName, 256), Kind = line.Kind, Actor = actor,
                Detail = line.Detail is null ? null : TextClipping.Clip(line.Detail, 2000),
            });
        }
    }

}

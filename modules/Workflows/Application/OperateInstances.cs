using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Runtime;
using SafetyPortal.Platform.Text;

namespace SafetyPortal.Workflows.Application;

/// <summary>Start instances, correlate messages, retry incidents, migrate instances between versions.</summary>
public sealed class OperateInstances(
    PortalDbContext db,
    VisibleDefinitions definitions,
    WorkflowEngine engine,
    ProcessExecutor executor,
    WorkflowUser user)
{
    public async Task<InstanceSummaryDto> StartAsync(StartInstanceRequest request, CancellationToken cancellationToken)
    {
        await engine.HoldConnectionAsync(cancellationToken);
        var definition = request.DefinitionId is { } id

            ? await definitions.GetAsync(id, cancellationToken)
            : await definitions.LatestPublishedAsync(request.ProcessKey ?? "", cancellationToken);
        if (definition is null || definition.Status != DefinitionStatus.Published)
        {
            throw Invalid(request.DefinitionId is null ? "processKey" : "definitionId", $"No published process '{request.ProcessKey ?? request.DefinitionId.ToString()}'.");
        }
        if (request.BusinessKey is { Length: > WorkflowInstance.MaxBusinessKeyLength })
        {
            throw Invalid("businessKey", $"The business key is longer than {WorkflowInstance.MaxBusinessKeyLength} characters.");
        }
        var instance = await engine.StartAsync(definition, request.BusinessKey, request.Variables, user.Name, cancellationToken);
        await engine.SaveAsync(cancellationToken);
        return instance.ToSummary();
    }

    public async Task<CorrelationResultDto> CorrelateAsync(CorrelateMessageRequest request, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(request.MessageName))
        {
            throw Invalid("messageName", "Name the message.");
        }
        var subscriptions = await db.Set<MessageSubscription>()
            .Where(s => s.MessageName == request.MessageName && s.CorrelationKey == request.BusinessKey)
            .OrderBy(s => s.CreationTime).ToListAsync(cancellationToken);
        var delivered = 0;
        foreach (var subscription in subscriptions)
        {
            var done = false;
            await db.InTransactionAsync(async ct =>
            {
                db.ChangeTracker.Clear();
                done = await engine.StepAsync(subscription.InstanceId, (s, now) => executor.DeliverMessage(
                    s.Model, s.State, s.Variables, now, subscription.TokenId, subscription.ElementId, request.Variables), user.Name, null, ct);
                await db.Set<MessageSubscription>().Where(x => x.Id == subscription.Id).ExecuteDeleteAsync(ct);
                await engine.SaveAsync(ct);
            }, cancellationToken);
            delivered += done ? 1 : 0;
        }
        var started = delivered == 0 ? await StartByMessageAsync(request, cancellationToken) : [];
        return new CorrelationResultDto(delivered, started);
    }

    private async Task<List<Guid>> StartByMessageAsync(CorrelateMessageRequest request, CancellationToken cancellationToken)
    {
        var started = new List<Guid>();
        var keys = await definitions.Query().Where(d => d.Status == DefinitionStatus.Published).Select(d => d.Key).Distinct().ToListAsync(cancellationToken);
        foreach (var key in keys)
        {
            var definition = await definitions.LatestPublishedAsync(key, cancellationToken);
            var model = await engine.ModelOfAsync(definition!.Id, cancellationToken);
            if (model.MessageStarts.FirstOrDefault(s => s.MessageName == request.MessageName) is { } start)
            {
                var instance = await engine.StartAsync(definition, request.BusinessKey, request.Variables, user.Name, cancellationToken, start.Id);
                await engine.SaveAsync(cancellationToken);
                started.Add(instance.Id);
            }
        }
        return started;
    }

    /// <summary>Runs the failed step again (after a fix, e.g. of the variables): a failed activity gets a fresh job.</summary>
    public async Task<InstanceSummaryDto> RetryIncidentAsync(Guid incidentId, CancellationToken cancellationToken)
    {
        var incident = await db.Set<Incident>().FirstOrDefaultAsync(i => i.Id == incidentId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Incident), incidentId);
        if (incident.ResolvedTime is not null)
        {
            throw Invalid("id", "The incident is already resolved.");
        }
        await db.InTransactionAsync(async ct =>
        {
            db.ChangeTracker.Clear();
            var session = await engine.LoadAsync(incident.InstanceId, ct);
            var retried = await engine.StepAsync(incident.InstanceId, (s, now) => executor.Retry(s.Model, s.State, s.Variables, now, incident.TokenId ?? ""),
                user.Name, null, ct);
            if (!retried)
            {
                throw Invalid("id", "The instance has moved on; nothing to retry.");
            }
            var stored = await db.Set<Incident>().FirstAsync(i => i.Id == incidentId, ct);
            stored.ResolvedTime = engine.Now;
            stored.ResolvedBy = user.Name;
            session.Instance.HasIncident = db.ChangeTracker.Entries<Incident>().Any(e => e.State == EntityState.Added)
                || await db.Set<Incident>().AnyAsync(i => i.InstanceId == incident.InstanceId && i.ResolvedTime == null && i.Id != incidentId, ct);
            await engine.SaveAsync(ct);
        }, cancellationToken);
        return (await db.Set<WorkflowInstance>().FirstAsync(i => i.Id == incident.InstanceId, cancellationToken)).ToSummary();
    }

    /// <summary>Sets (or, with null, removes) variables of an instance, e.g. to fix the data an incident complained about.</summary>
    public async Task<InstanceSummaryDto> SetVariablesAsync(Guid instanceId, SetVariablesRequest request, CancellationToken cancellationToken)
    {
        var session = await engine.LoadAsync(instanceId, cancellationToken);
        if (request.ConcurrencyStamp is { } stamp)
        {
            db.Entry(session.Instance).Property(i => i.ConcurrencyStamp).OriginalValue = stamp;
        }
        foreach (var (name, value) in request.Variables ?? [])
        {
            if (value is null)
            {
                session.Variables.Remove(name);
            }
            else
            {
                session.Variables[name] = value.DeepClone();
            }
        }
        session.Instance.VariablesJson = session.Variables.ToJsonString();
        db.Add(new JournalEntry
        {
            TenantId = session.Instance.TenantId, InstanceId = instanceId, Time = engine.Now, Kind = "VariablesChanged", Actor = user.Name,
            Detail = TextClipping.Clip(string.Join(", ", (request.Variables ?? []).Select(v => v.Key)), 2000),
        });
        await db.SaveChangesAsync(cancellationToken);
        return session.Instance.ToSummary();
    }

    /// <summary>The simple case: every element a token rests at exists in the target version (same process key).</summary>
    public async Task<InstanceSummaryDto> MigrateAsync(Guid instanceId, MigrateInstanceRequest request, CancellationToken cancellationToken)
    {
        var session = await engine.LoadAsync(instanceId, cancellationToken);
        var target = await definitions.GetAsync(request.TargetDefinitionId, cancellationToken);
        if (target.Key != session.Instance.ProcessKey || target.Status != DefinitionStatus.Published)
        {
            throw Invalid("targetDefinitionId", $"The target must be a published version of '{session.Instance.ProcessKey}'.");
        }
        var model = await engine.ModelOfAsync(target.Id, cancellationToken);
        var missing = session.State.Tokens.Select(t => t.NodeId).Distinct().Where(id => !SameKind(session.Model, model, id)).ToList();
        if (missing.Count > 0)
        {
            throw Invalid("targetDefinitionId", $"Version {target.Version} lacks the wait states {string.Join(", ", missing)} (or they changed kind).");
        }
        var from = session.Instance.DefinitionVersion;
        session.Instance.DefinitionId = target.Id;
        session.Instance.DefinitionVersion = target.Version;
        db.Add(new JournalEntry
        {
            TenantId = session.Instance.TenantId, InstanceId = instanceId, Time = engine.Now, Kind = JournalKinds.Migrated,
            Actor = user.Name, Detail = $"version {from} → {target.Version}",
        });
        await db.SaveChangesAsync(cancellationToken);
        return session.Instance.ToSummary();
    }

    private static bool SameKind(ProcessModel from, ProcessModel to, string id) =>
        to.Nodes.TryGetValue(id, out var node) && node.Kind == from.Node(id).Kind && node.Boundaries.Order().SequenceEqual(from.Node(id).Boundaries.Order());

    internal static ValidationException Invalid(string field, string message)
    {
        var errors = new ValidationErrors();
        errors.Add(field, message);
        return new ValidationException(errors);
    }
}

using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Workflows.Application;
using SafetyPortal.Workflows.Domain;
using SafetyPortal.Workflows.Engine.Execution;
using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// Runs executor steps against stored instances: load, step, write effects. The caller owns the transaction and the
/// save; the instance's concurrency stamp makes a second, concurrent step on the same instance fail instead of both winning.
/// </summary>
public sealed class WorkflowEngine(
    PortalDbContext db,
    ProcessExecutor executor,
    ProcessModelCache models,
    EffectsWriter writer,
    VisibleDefinitions definitions,
    ICurrentTenant tenant,
    TimeProvider clock)
{
    public DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// Keeps one connection for the rest of the unit of work (a start's definition lookup and its save): without it the
    /// query and the save each take a connection from the pool, and MySqlConnector resets it each time. The context
    /// closes it when its scope ends. (A step inside InTransactionAsync holds its connection already.)
    /// </summary>
    public Task HoldConnectionAsync(CancellationToken cancellationToken) => db.Database.OpenConnectionAsync(cancellationToken);

    public async Task<WorkflowInstance> StartAsync(WorkflowDefinition definition, string? businessKey, JsonObject? variables, string actor,
        CancellationToken cancellationToken, string? startEventId = null, WorkflowInstance? parent = null, string? parentTokenId = null)
    {
        var model = await ModelOfAsync(definition.Id, cancellationToken);
        var now = Now;
        var instance = new WorkflowInstance
        {
            TenantId = parent?.TenantId ?? tenant.Id,
            DefinitionId = definition.Id, ProcessKey = definition.Key, DefinitionVersion = definition.Version,
            BusinessKey = businessKey, Status = InstanceStatus.Active, StartTime = now, StartedBy = actor,
            ParentInstanceId = parent?.Id, ParentTokenId = parentTokenId,
        };
        db.Add(instance);
        var session = new InstanceSession(instance, model, new InstanceState(), (JsonObject?)variables?.DeepClone() ?? []);
        var effects = executor.Start(model, session.State, session.Variables, now, startEventId);
        await WriteAsync(session, effects, now, actor, null, cancellationToken);
        return instance;
    }

    /// <summary>
    /// Saves the unit of work (a start, a step, a batch of timers) with one change detection instead of three: the kernel's
    /// stamping, the entity-generation tracking and EF's own save each detect changes when auto-detection is on, and each
    /// walks every property of every tracked row (about a tenth of a completion's CPU, more for a timer batch). Changes are
    /// detected here once, then the save runs with auto-detection off (the stamping still tells the tracker what it sets).
    /// When the unit of work only added rows (a start: the instance, its tasks, jobs, journal), there is nothing to detect
    /// (an added row's values are read at the save), so it is skipped, and on MariaDB the rows go in one round trip with
    /// their own transaction (the kernel's <see cref="OneTripSave"/>; was four: isolation level, begin, batch, commit).
    /// </summary>
    public async Task SaveAsync(CancellationToken cancellationToken)
    {
        var tracker = db.ChangeTracker;
        var detecting = tracker.AutoDetectChangesEnabled;
        tracker.AutoDetectChangesEnabled = false;
        try
        {
            if (tracker.Entries().Any(e => e.State != EntityState.Added))
            {
                if (detecting)
                {
                    tracker.DetectChanges();
                }
                await db.SaveChangesAsync(cancellationToken);
            }
            else
            {
                await db.SaveAddedInOneTripAsync(cancellationToken);
            }
        }
        finally
        {
            tracker.AutoDetectChangesEnabled = detecting;
        }
    }

    /// <summary>Loads the instance, runs the step, writes its effects; false when the step no longer applies (stale event).</summary>
    public async Task<bool> StepAsync(Guid instanceId, Func<InstanceSession, DateTime, ExecutionEffects?> step, string actor,
        EffectsWriter.Exclusions? except, CancellationToken cancellationToken)
    {
        WithoutSavepoints();
        var session = await LoadAsync(instanceId, cancellationToken);
        if (session.Instance.Status != InstanceStatus.Active)
        {
            return false;
        }
        var now = Now;
        var effects = step(session, now);
        if (effects is null)
        {
            return false;
        }
        await WriteAsync(session, effects, now, actor, except, cancellationToken);
        return true;
    }

    public async Task<InstanceSession> LoadAsync(Guid instanceId, CancellationToken cancellationToken)
    {
        var instance = await db.Set<WorkflowInstance>().FindAsync([instanceId], cancellationToken)
            ?? throw new EntityNotFoundException(typeof(WorkflowInstance), instanceId);
        var model = await ModelOfAsync(instance.DefinitionId, cancellationToken);
        return new InstanceSession(instance, model, InstanceState.Deserialize(instance.StateJson),
            JsonNode.Parse(instance.VariablesJson)?.AsObject() ?? []);
    }

    /// <summary>
    /// A step's save runs in its caller's transaction, which is rolled back whole when the save fails (a stale instance,
    /// a job another node finished): EF's savepoint around the save would only cost two more round trips. (A start
    /// saves outside any transaction of ours, where EF sets no savepoint anyway.)
    /// </summary>
    private void WithoutSavepoints() => db.Database.AutoSavepointsEnabled = false;

    public Task<ProcessModel> ModelOfAsync(Guid definitionId, CancellationToken cancellationToken) =>

        models.GetAsync(definitionId, () => db.Set<WorkflowDefinition>().IgnoreQueryFilters()
            .Where(d => d.Id == definitionId).Select(d => d.Xml).FirstAsync(cancellationToken));

    private async Task WriteAsync(InstanceSession session, ExecutionEffects effects, DateTime now, string actor,
        EffectsWriter.Exclusions? except, CancellationToken cancellationToken)
    {
        var children = effects.ChildStarts.ToList();
        effects.ChildStarts.Clear();
        foreach (var child in children)
        {
            await StartChildAsync(session, child, effects, actor, cancellationToken);
        }
        await writer.ApplyAsync(session, effects, now, actor, except, cancellationToken);
        if (session.State.Ended && session.Instance.ParentInstanceId is { } parentId && session.Instance.ParentTokenId is { } tokenId)
        {
            await ReturnToParentAsync(parentId, tokenId, session.Variables, actor, cancellationToken);
        }
    }

    private async Task StartChildAsync(InstanceSession parent, ChildStartRequest request, ExecutionEffects effects, string actor, CancellationToken cancellationToken)
    {
        var called = await CalledDefinitionAsync(request.Call, cancellationToken);
        if (called is null)
        {
            var token = parent.State.Find(request.TokenId)!;
            token.State = TokenState.Failed;
            var message = $"No published process '{request.Call.CalledElement}' ({request.Call.Binding}{(request.Call.Version is { } v ? " " + v : "")}) to call.";
            effects.Incidents.Add(new IncidentRecord(request.TokenId, request.ElementId, message));
            effects.Log(request.ElementId, null, JournalKinds.Incident, message);
            return;
        }
        await StartAsync(called, request.BusinessKey ?? parent.Instance.BusinessKey, request.Variables, actor, cancellationToken, null, parent.Instance, request.TokenId);
    }

    private async Task<WorkflowDefinition?> CalledDefinitionAsync(CallSpec call, CancellationToken cancellationToken)
    {
        if (call.Binding.Equals("version", StringComparison.OrdinalIgnoreCase) && call.Version is { } version)
        {
            return await definitions.Query()
                .Where(d => d.Key == call.CalledElement && d.Status == DefinitionStatus.Published && d.Version == version)
                .OrderByDescending(d => d.TenantId != null).FirstOrDefaultAsync(cancellationToken);
        }
        return await definitions.LatestPublishedAsync(call.CalledElement, cancellationToken);
    }

    private async Task ReturnToParentAsync(Guid parentId, string tokenId, JsonObject childVariables, string actor, CancellationToken cancellationToken)
    {
        await StepAsync(parentId, (parent, now) =>
        {
            return executor.CompleteCall(parent.Model, parent.State, parent.Variables, now, tokenId, childVariables);
        }, actor, null, cancellationToken);
    }
}

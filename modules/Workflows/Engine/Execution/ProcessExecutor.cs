using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Scripting;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>
/// The engine's entry points, one per thing that can happen to an instance. Each runs to the next wait states and
/// returns what to persist; an event for a token that has moved on meanwhile is refused (returns null), never applied twice.
/// </summary>
public sealed class ProcessExecutor(ScriptSandbox scripts)
{
    public ExecutionEffects Start(ProcessModel model, InstanceState state, JsonObject variables, DateTime now, string? startEventId = null)
    {
        var start = startEventId is null
            ? model.NoneStartOf(null) ?? model.StartEventsOf(null).FirstOrDefault()
            : model.Node(startEventId);
        if (start is null)
        {
            throw new InvalidOperationException($"The process '{model.Key}' has no start event.");
        }
        var run = new ExecutionRun(model, state, variables, scripts, now);
        run.Effects.Log(start.Id, start.Name, JournalKinds.Started);
        run.Enter(state.NewToken(start.Id, null), start);
        run.Run();
        return run.Effects;
    }

    /// <summary>A user task, receive task, message catch, activity job or called process of this token is done.</summary>
    public ExecutionEffects? Complete(ProcessModel model, InstanceState state, JsonObject variables, DateTime now,
        string tokenId, string elementId, JsonObject? output)
    {
        var token = state.Find(tokenId);
        if (token is not { State: TokenState.Waiting } || token.NodeId != elementId)
        {
            return null;
        }
        var run = new ExecutionRun(model, state, variables, scripts, now);
        SetAll(run, token, output);
        var node = model.Node(elementId);
        token.State = TokenState.Active;
        Guard(run, token, node, () => run.Leave(token, node));
        run.Run();
        return run.Effects;
    }

    /// <summary>The process a call activity started ended: its variables come back through the camunda:out mappings.</summary>
    public ExecutionEffects? CompleteCall(ProcessModel model, InstanceState state, JsonObject variables, DateTime now,
        string tokenId, JsonObject calledVariables)
    {
        if (state.Find(tokenId) is not { State: TokenState.Waiting } token || !model.Nodes.TryGetValue(token.NodeId, out var node))
        {
            return null;
        }
        if (node.Call is not { Out.Count: > 0 } call)
        {
            return Complete(model, state, variables, now, tokenId, node.Id, calledVariables);
        }
        JsonObject? output = null;
        var failed = new ExecutionRun(model, state, variables, scripts, now);
        Guard(failed, token, node, () => output = CallVariables.Map(call.Out,
            calledVariables.ToDictionary(v => v.Key, v => v.Value, StringComparer.Ordinal), scripts, node.Id));
        return output is null ? failed.Effects : Complete(model, state, variables, now, tokenId, node.Id, output);
    }

    /// <summary>A timer fired: at an intermediate timer event, or a boundary timer of the activity the token rests at.</summary>
    public ExecutionEffects? FireTimer(ProcessModel model, InstanceState state, JsonObject variables, DateTime now,
        string tokenId, string elementId, TimerPlan plan)
    {
        var token = state.Find(tokenId);
        if (token is null || !model.Nodes.TryGetValue(elementId, out var node))
        {
            return null;
        }
        var run = new ExecutionRun(model, state, variables, scripts, now);
        if (node.Kind == NodeKind.BoundaryEvent)
        {
            if (token.NodeId != node.AttachedToId || token.State is TokenState.Active or TokenState.Failed)
            {
                return null;
            }
            if (!node.CancelActivity && TimerSchedule.Next(plan) is { } next)
            {
                run.Effects.Timers.Add(new TimerRequest(token.Id, node.Id, next));
                ExecutionEffects.Track(token, WaitKinds.Job);
            }
            run.FireBoundary(token, node);
        }
        else
        {
            if (token.State != TokenState.Waiting || token.NodeId != elementId)
            {
                return null;
            }
            run.Effects.Log(node.Id, node.Name, JournalKinds.TimerFired);
            token.State = TokenState.Active;
            Guard(run, token, node, () => run.Leave(token, node));
        }
        run.Run();
        return run.Effects;
    }

    /// <summary>A message arrived for a receive task, a message catch event or a message boundary event.</summary>
    public ExecutionEffects? DeliverMessage(ProcessModel model, InstanceState state, JsonObject variables, DateTime now,
        string tokenId, string elementId, JsonObject? payload)
    {
        var token = state.Find(tokenId);
        if (token is null || !model.Nodes.TryGetValue(elementId, out var node))
        {
            return null;
        }
        if (node.Kind != NodeKind.BoundaryEvent)
        {
            var effects = Complete(model, state, variables, now, tokenId, elementId, payload);
            effects?.Journal.Insert(0, new JournalRecord(node.Id, node.Name, JournalKinds.MessageReceived, node.MessageName));
            return effects;
        }
        if (token.NodeId != node.AttachedToId || token.State is TokenState.Active or TokenState.Failed)
        {
            return null;
        }
        var run = new ExecutionRun(model, state, variables, scripts, now);
        SetAll(run, null, payload);
        run.FireBoundary(token, node);
        run.Run();
        return run.Effects;
    }

    /// <summary>An activity threw a business error: the nearest matching error boundary catches it, else an incident.</summary>
    public ExecutionEffects? ThrowError(ProcessModel model, InstanceState state, JsonObject variables, DateTime now,
        string tokenId, string elementId, string errorCode, string message)
    {
        var token = state.Find(tokenId);
        if (token is not { State: TokenState.Waiting } || token.NodeId != elementId)
        {
            return null;
        }
        var run = new ExecutionRun(model, state, variables, scripts, now);
        run.ThrowError(token, model.Node(elementId), errorCode, message);
        run.Run();
        return run.Effects;
    }

    /// <summary>After an incident was fixed: the token runs its element again (a failed activity is asked for anew, with inputs evaluated now).</summary>
    public ExecutionEffects? Retry(ProcessModel model, InstanceState state, JsonObject variables, DateTime now, string tokenId)
    {
        var token = state.Find(tokenId);
        if (token is not { State: TokenState.Failed or TokenState.Waiting } || !model.Nodes.TryGetValue(token.NodeId, out var node))
        {
            return null;
        }
        var run = new ExecutionRun(model, state, variables, scripts, now);
        run.Effects.Log(node.Id, node.Name, JournalKinds.Retried);
        run.Effects.ClearWaits(token);
        token.State = TokenState.Active;
        run.Enter(token, node);
        run.Run();
        return run.Effects;
    }

    private static void SetAll(ExecutionRun run, Token? token, JsonObject? values)
    {
        foreach (var (name, value) in values ?? [])
        {
            run.SetVariable(token, name, value);
        }
    }

    private static void Guard(ExecutionRun run, Token token, FlowNode node, Action action)
    {
        try
        {
            action();
        }
        catch (Exception e) when (e is ScriptException or ExecutionFailureException)
        {
            token.State = TokenState.Failed;
            token.NodeId = node.Id;
            run.Effects.Incidents.Add(new IncidentRecord(token.Id, node.Id, e.Message));
            run.Effects.Log(node.Id, node.Name, JournalKinds.Incident, e.Message);
        }
    }
}

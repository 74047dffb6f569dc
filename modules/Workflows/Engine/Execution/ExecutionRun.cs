using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Scripting;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>
/// Moves the tokens of one instance until each rests at a wait state, an end, or an incident. Pure: it changes the
/// state and variables it was given and lists what to persist in <see cref="Effects"/>.
/// </summary>
internal sealed partial class ExecutionRun(ProcessModel model, InstanceState state, JsonObject variables, ScriptSandbox scripts, DateTime now)
{
    /// <summary>Steps without a wait state before the run is taken for an endless loop.</summary>
    public const int MaxSteps = 2_000;

    private readonly Queue<(Token Token, FlowNode Node)> _pending = new();
    private int _steps;

    public ExecutionEffects Effects { get; } = new();

    public void Enter(Token token, FlowNode node) => _pending.Enqueue((token, node));

    /// <summary>Runs until nothing moves; inclusive joins are looked at again whenever the run settles.</summary>
    public void Run()
    {
        while (true)
        {
            while (_pending.TryDequeue(out var next))
            {
                if (++_steps > MaxSteps)
                {
                    Fail(next.Token, next.Node, $"More than {MaxSteps} steps without a wait state: the process loops.");
                    _pending.Clear();
                    return;
                }
                Guarded(next.Token, next.Node, () => Execute(next.Token, next.Node));
            }
            if (!FireReadyInclusiveJoins())
            {
                return;
            }
        }
    }

    private void Guarded(Token token, FlowNode node, Action action)
    {
        try
        {
            action();
        }
        catch (ScriptException e)
        {
            Fail(token, node, e.Message);
        }
        catch (ExecutionFailureException e)
        {
            Fail(token, node, e.Message);
        }
    }

    private void Fail(Token token, FlowNode node, string message)
    {
        token.NodeId = node.Id;
        token.State = TokenState.Failed;
        Effects.Incidents.Add(new IncidentRecord(token.Id, node.Id, message));
        Effects.Log(node.Id, node.Name, JournalKinds.Incident, message);
    }

    private void Execute(Token token, FlowNode node)
    {
        token.NodeId = node.Id;
        token.State = TokenState.Active;
        if (node.MultiInstance is not null && !token.MultiInstanceInner)
        {
            StartMultiInstance(token, node);
            return;
        }
        if (node.Kind is not (NodeKind.ExclusiveGateway or NodeKind.ParallelGateway or NodeKind.InclusiveGateway or NodeKind.StartEvent))
        {
            Effects.Log(node.Id, node.Name, JournalKinds.Entered);
        }
        if (node.Kind is not (NodeKind.ServiceTask or NodeKind.SendTask))
        {
            ApplyInputs(token, node);
        }
        switch (node.Kind)
        {
            case NodeKind.StartEvent or NodeKind.Task or NodeKind.IntermediateThrowEvent:
                Leave(token, node);
                break;
            case NodeKind.EndEvent:
                End(token, node);
                break;
            case NodeKind.ScriptTask:
                RunScript(token, node);
                Leave(token, node);
                break;
            case NodeKind.ExclusiveGateway:
                Exclusive(token, node);
                break;
            case NodeKind.ParallelGateway:
                Parallel(token, node);
                break;
            case NodeKind.InclusiveGateway:
                Inclusive(token, node);
                break;
            case NodeKind.SubProcess:
                token.State = TokenState.ScopeHost;
                AttachBoundaries(token, node);
                var start = model.NoneStartOf(node.Id) ?? throw new ExecutionFailureException(node.Id, "The sub-process has no start event.");
                Enter(state.NewToken(start.Id, token.Id), start);
                break;
            default:
                Wait(token, node);
                break;
        }
    }

    /// <summary>Leaves an activity or event along its outgoing flows (conditions decide; the default flow if none holds).</summary>
    public void Leave(Token token, FlowNode node)
    {
        Effects.ClearWaits(token);
        if (token.MultiInstanceInner && node.Kind != NodeKind.BoundaryEvent)
        {
            InnerInstanceDone(token, node);
            return;
        }
        ApplyOutputs(token, node);
        token.Locals = null;
        if (node.Kind is NodeKind.UserTask or NodeKind.ServiceTask or NodeKind.ScriptTask or NodeKind.SendTask or NodeKind.ReceiveTask
            or NodeKind.SubProcess or NodeKind.CallActivity or NodeKind.Task || node.MultiInstance is not null)
        {
            Effects.Log(node.Id, node.Name, JournalKinds.Completed);
        }
        if (node.Outgoing.Count == 0)
        {
            Finish(token);
            return;
        }
        var flows = new List<SequenceFlow>();
        foreach (var flow in node.Outgoing.Select(id => model.Flows[id]).Where(f => f.Id != node.DefaultFlowId))
        {
            if (flow.Condition is null || scripts.IsTrue(flow.Id, flow.Condition, VariablesOf(token)))
            {
                flows.Add(flow);
            }
        }
        if (flows.Count == 0 && node.DefaultFlowId is { } defaultFlow)
        {
            flows.Add(model.Flows[defaultFlow]);
        }
        if (flows.Count == 0)
        {
            throw new ExecutionFailureException(node.Id, "No outgoing flow's condition holds and there is no default flow.");
        }
        Take(token, flows);
    }

    private void Take(Token token, List<SequenceFlow> flows)
    {
        for (var i = 0; i < flows.Count; i++)
        {
            var moving = i == 0 ? token : state.NewToken(token.NodeId, token.ScopeId);
            moving.ArrivedVia = flows[i].Id;
            moving.State = TokenState.Active;
            Enter(moving, model.Node(flows[i].TargetId));
        }
    }

    /// <summary>A token that reached the end of its path: gone, and its scope may be done.</summary>
    private void Finish(Token token)
    {
        Effects.ClearWaits(token);
        state.Tokens.Remove(token);
        ScopeMayBeDone(token.ScopeId);
    }

    /// <summary>The variables a token sees: its own and its scopes' locals over the instance's.</summary>
    public IReadOnlyDictionary<string, JsonNode?> VariablesOf(Token? token)
    {
        var view = new Dictionary<string, JsonNode?>(StringComparer.Ordinal);
        foreach (var (name, value) in variables)
        {
            view[name] = value;
        }
        var chain = new List<JsonObject>();
        for (var current = token; current is not null; current = current.ScopeId is null ? null : state.Find(current.ScopeId))
        {
            if (current.Locals is not null)
            {
                chain.Add(current.Locals);
            }
        }
        for (var i = chain.Count - 1; i >= 0; i--)
        {
            foreach (var (name, value) in chain[i])
            {
                view[name] = value;
            }
        }
        return view;
    }

    /// <summary>Sets a variable where it lives: the nearest local of that name, else the instance.</summary>
    public void SetVariable(Token? token, string name, JsonNode? value)
    {
        for (var current = token; current is not null; current = current.ScopeId is null ? null : state.Find(current.ScopeId))
        {
            if (current.Locals is not null && current.Locals.ContainsKey(name))
            {
                current.Locals[name] = value?.DeepClone();
                return;
            }
        }
        variables[name] = value?.DeepClone();
    }
}

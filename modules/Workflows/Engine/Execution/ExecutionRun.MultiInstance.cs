using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>Multi-instance activities: a host token and one inner token per instance (all at once, or one after another).</summary>
internal sealed partial class ExecutionRun
{
    private void StartMultiInstance(Token host, FlowNode node)
    {
        var loop = node.MultiInstance!;
        JsonArray? items = null;
        int count;
        if (!string.IsNullOrWhiteSpace(loop.Collection))
        {
            var collection = Expressions.IsExpression(loop.Collection) || !VariablesOf(host).ContainsKey(loop.Collection)
                ? scripts.Evaluate(node.Id, Expressions.ToScript(loop.Collection), VariablesOf(host))
                : VariablesOf(host)[loop.Collection];
            items = collection as JsonArray
                ?? throw new ExecutionFailureException(node.Id, $"The collection '{loop.Collection}' is not a list.");
            count = items.Count;
        }
        else
        {
            var cardinality = scripts.Evaluate(node.Id, Expressions.ToScript(loop.LoopCardinality!), VariablesOf(host));
            count = cardinality is JsonValue value && value.TryGetValue<long>(out var n) && n >= 0 && n <= 10_000
                ? (int)n
                : throw new ExecutionFailureException(node.Id, $"The loop cardinality '{loop.LoopCardinality}' is not a whole number from 0 to 10,000.");
        }
        host.State = TokenState.MultiInstanceHost;
        host.InstancesTotal = count;
        host.InstanceItems = items is null ? null : (JsonArray)items.DeepClone();
        Effects.Log(node.Id, node.Name, JournalKinds.Entered, $"{count} instances");
        AttachBoundaries(host, node);
        if (count == 0)
        {
            host.State = TokenState.Active;
            Leave(host, node);
            return;
        }
        var first = loop.IsSequential ? 1 : count;
        for (var i = 0; i < first; i++)
        {
            StartInstance(host, node);
        }
    }

    private void StartInstance(Token host, FlowNode node)
    {
        var index = host.InstancesStarted++;
        var inner = state.NewToken(node.Id, host.Id);
        inner.MultiInstanceInner = true;
        inner.Locals = new JsonObject { ["loopCounter"] = index };
        if (node.MultiInstance!.ElementVariable is { Length: > 0 } element && host.InstanceItems is { } items)
        {
            inner.Locals[element] = items[index]?.DeepClone();
        }
        Enter(inner, node);
    }

    private void InnerInstanceDone(Token inner, FlowNode node)
    {
        ApplyOutputs(inner, node);
        state.Tokens.Remove(inner);
        var host = state.Find(inner.ScopeId!)!;
        host.InstancesCompleted++;
        var loop = node.MultiInstance!;
        var done = host.InstancesCompleted >= host.InstancesTotal;
        if (!done && !string.IsNullOrWhiteSpace(loop.CompletionCondition))
        {
            var view = new Dictionary<string, JsonNode?>(VariablesOf(host))
            {
                ["nrOfInstances"] = host.InstancesTotal,
                ["nrOfCompletedInstances"] = host.InstancesCompleted,
                ["nrOfActiveInstances"] = state.Tokens.Count(t => t.ScopeId == host.Id),
            };
            done = scripts.IsTrue(node.Id, Expressions.ToScript(loop.CompletionCondition), view);
        }
        if (done)
        {
            host.State = TokenState.Active;
            Interrupt(host);
            host.InstanceItems = null;
            Leave(host, node);
        }
        else if (loop.IsSequential)
        {
            StartInstance(host, node);
        }
    }
}

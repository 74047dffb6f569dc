using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>Exclusive, parallel and inclusive gateways.</summary>
internal sealed partial class ExecutionRun
{
    private void Exclusive(Token token, FlowNode node)
    {
        var flows = node.Outgoing.Select(id => model.Flows[id]).ToList();
        var variables = VariablesOf(token);
        var chosen = flows.Where(f => f.Id != node.DefaultFlowId)
            .FirstOrDefault(f => f.Condition is null || scripts.IsTrue(f.Id, f.Condition, variables));
        chosen ??= node.DefaultFlowId is { } defaultFlow ? model.Flows[defaultFlow] : null;
        if (chosen is null)
        {
            throw new ExecutionFailureException(node.Id, "No outgoing flow's condition holds and the gateway has no default flow.");
        }
        Effects.Log(node.Id, node.Name, JournalKinds.Taken, chosen.Id);
        Take(token, [chosen]);
    }

    private void Parallel(Token token, FlowNode node)
    {
        if (node.Incoming.Count > 1)
        {
            token.State = TokenState.Joining;
            var arrived = state.Tokens.Where(t => t.State == TokenState.Joining && t.NodeId == node.Id && t.ScopeId == token.ScopeId).ToList();
            var onePerFlow = node.Incoming.Select(flow => arrived.FirstOrDefault(t => t.ArrivedVia == flow)).ToList();
            if (onePerFlow.Any(t => t is null))
            {
                return;
            }
            foreach (var merged in onePerFlow.Where(t => t != token))
            {
                state.Tokens.Remove(merged!);
            }
        }
        Effects.Log(node.Id, node.Name, JournalKinds.Taken, string.Join(',', node.Outgoing));
        Take(token, node.Outgoing.Select(id => model.Flows[id]).ToList());
    }

    private void Inclusive(Token token, FlowNode node)
    {
        if (node.Incoming.Count > 1)
        {
            token.State = TokenState.Joining;
            return;
        }
        SplitInclusive(token, node);
    }

    private void SplitInclusive(Token token, FlowNode node)
    {
        var variables = VariablesOf(token);
        var flows = node.Outgoing.Select(id => model.Flows[id])
            .Where(f => f.Id != node.DefaultFlowId && (f.Condition is null || scripts.IsTrue(f.Id, f.Condition, variables))).ToList();
        if (flows.Count == 0 && node.DefaultFlowId is { } defaultFlow)
        {
            flows.Add(model.Flows[defaultFlow]);
        }
        if (flows.Count == 0)
        {
            throw new ExecutionFailureException(node.Id, "No outgoing flow's condition holds and the gateway has no default flow.");
        }
        Effects.Log(node.Id, node.Name, JournalKinds.Taken, string.Join(',', flows.Select(f => f.Id)));
        Take(token, flows);
    }

    /// <summary>
    /// An inclusive join fires when no other token of its scope can still reach it. Checked whenever a run settles,
    /// since the token it waited for may have ended somewhere else.
    /// </summary>
    private bool FireReadyInclusiveJoins()
    {
        var fired = false;
        var waiting = state.Tokens.Where(t => t.State == TokenState.Joining && model.Node(t.NodeId).Kind == NodeKind.InclusiveGateway)
            .GroupBy(t => (t.NodeId, t.ScopeId)).ToList();
        foreach (var group in waiting)
        {
            var gatewayId = group.Key.NodeId;
            var blocked = state.Tokens.Any(t => t.ScopeId == group.Key.ScopeId && !(t.State == TokenState.Joining && t.NodeId == gatewayId)
                && Reaches(t.NodeId, gatewayId));
            if (blocked)
            {
                continue;
            }
            var survivor = group.First();
            foreach (var merged in group.Skip(1))
            {
                state.Tokens.Remove(merged);
            }
            var node = model.Node(gatewayId);
            Guarded(survivor, node, () => SplitInclusive(survivor, node));
            fired = true;
        }
        return fired;
    }

    private bool Reaches(string fromId, string toId)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<string>([fromId]);
        while (queue.TryDequeue(out var id))
        {
            if (!seen.Add(id) || !model.Nodes.TryGetValue(id, out var node))
            {
                continue;
            }
            foreach (var next in node.Outgoing.Select(f => model.Flows[f].TargetId).Concat(node.Boundaries))
            {
                if (next == toId)
                {
                    return true;
                }
                queue.Enqueue(next);
            }
        }
        return false;
    }
}

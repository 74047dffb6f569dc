using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Scripting;

namespace SafetyPortal.Workflows.Engine.Validation;

/// <summary>Sequence flows: both ends exist and share a scope; conditions parse and sit where they count.</summary>
internal static class FlowChecks
{
    public static void Check(ProcessModel model, List<ModelError> errors)
    {
        var alreadyNamed = errors.Select(e => e.ElementId).ToHashSet(StringComparer.Ordinal);
        foreach (var flow in model.Flows.Values)
        {
            var source = model.Nodes.GetValueOrDefault(flow.SourceId);
            var target = model.Nodes.GetValueOrDefault(flow.TargetId);
            if (source is null && !alreadyNamed.Contains(flow.SourceId))
            {
                errors.Add(new ModelError(flow.Id, $"The sequence flow starts at '{flow.SourceId}', which is not an element of the process."));
            }
            if (target is null && !alreadyNamed.Contains(flow.TargetId))
            {
                errors.Add(new ModelError(flow.Id, $"The sequence flow ends at '{flow.TargetId}', which is not an element of the process."));
            }
            if (source is not null && target is not null && source.ScopeId != target.ScopeId)
            {
                errors.Add(new ModelError(flow.Id, "The sequence flow crosses a sub-process boundary."));
            }
            if (flow.Condition is null)
            {
                continue;
            }
            if (source?.Kind == NodeKind.ParallelGateway)
            {
                errors.Add(new ModelError(flow.Id, "A parallel gateway ignores conditions; use an exclusive or inclusive gateway."));
            }
            if (source?.DefaultFlowId == flow.Id)
            {
                errors.Add(new ModelError(flow.Id, "The default flow must not have a condition."));
            }
            if (ScriptSandbox.SyntaxErrorOf(flow.Condition) is { } problem)
            {
                errors.Add(new ModelError(flow.Id, $"The condition '{flow.ConditionText}' does not parse: {problem}"));
            }
        }
        CheckOutgoing(model, errors);
    }

    private static void CheckOutgoing(ProcessModel model, List<ModelError> errors)
    {
        foreach (var node in model.Nodes.Values)
        {
            if (node.DefaultFlowId is { } defaultFlow && !node.Outgoing.Contains(defaultFlow))
            {
                errors.Add(new ModelError(node.Id, $"The default flow '{defaultFlow}' is not an outgoing flow of this element."));
            }
            if (node.Kind is NodeKind.ExclusiveGateway or NodeKind.InclusiveGateway && node.Outgoing.Count > 1)
            {
                foreach (var flowId in node.Outgoing.Where(f => f != node.DefaultFlowId && model.Flows[f].Condition is null))
                {
                    errors.Add(new ModelError(flowId, "The gateway's outgoing flow has no condition and is not its default flow."));
                }
            }
            if (node.Kind == NodeKind.EndEvent && node.Outgoing.Count > 0)
            {
                errors.Add(new ModelError(node.Id, "An end event has no outgoing flows."));
            }
            if (node.Kind is NodeKind.StartEvent or NodeKind.BoundaryEvent && node.Incoming.Count > 0)
            {
                errors.Add(new ModelError(node.Id, "A start or boundary event has no incoming flows."));
            }
        }
    }
}

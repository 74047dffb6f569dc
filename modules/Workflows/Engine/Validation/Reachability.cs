using SafetyPortal.Workflows.Engine.Model;

namespace SafetyPortal.Workflows.Engine.Validation;

/// <summary>Every node can be reached from a start event of its scope (boundary events through their activity).</summary>
internal static class Reachability
{
    public static void Check(ProcessModel model, List<ModelError> errors)
    {
        if (!model.StartEventsOf(null).Any())
        {
            errors.Add(new ModelError(model.Key, "The process has no start event."));
        }
        var reached = new HashSet<string>(StringComparer.Ordinal);
        var queue = new Queue<FlowNode>(model.StartEventsOf(null));
        while (queue.TryDequeue(out var node))
        {
            if (!reached.Add(node.Id))
            {
                continue;
            }
            var next = node.Outgoing.Select(f => model.Flows[f].TargetId)
                .Concat(node.Boundaries)
                .Concat(node.Kind == NodeKind.SubProcess ? model.StartEventsOf(node.Id).Select(s => s.Id) : []);
            foreach (var id in next)
            {
                if (model.Nodes.TryGetValue(id, out var target))
                {
                    queue.Enqueue(target);
                }
            }
        }
        foreach (var node in model.Nodes.Values.Where(n => !reached.Contains(n.Id)))
        {
            errors.Add(new ModelError(node.Id, "No path from a start event reaches this element."));
        }
    }
}

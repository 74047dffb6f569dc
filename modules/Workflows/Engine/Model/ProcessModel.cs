namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>An executable process read from BPMN XML: nodes and flows by id, sub-processes as scopes of nodes.</summary>
public sealed class ProcessModel
{
    public required string Key { get; init; }
    public string? Name { get; init; }
    public Dictionary<string, FlowNode> Nodes { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, SequenceFlow> Flows { get; } = new(StringComparer.Ordinal);

    public string Label => string.IsNullOrWhiteSpace(Name) ? Key : Name;

    public FlowNode Node(string id) =>
        Nodes.TryGetValue(id, out var node) ? node : throw new KeyNotFoundException($"The process has no element '{id}'.");

    /// <summary>The start events of a scope (null: the process itself).</summary>
    public IEnumerable<FlowNode> StartEventsOf(string? scopeId) =>
        Nodes.Values.Where(n => n.Kind == NodeKind.StartEvent && n.ScopeId == scopeId);

    /// <summary>The one none start event of a scope, where a plain start or a sub-process begins.</summary>
    public FlowNode? NoneStartOf(string? scopeId) =>
        StartEventsOf(scopeId).FirstOrDefault(n => n.Event == EventKind.None);

    public IEnumerable<FlowNode> MessageStarts => StartEventsOf(null).Where(n => n.Event == EventKind.Message);

    public IEnumerable<FlowNode> TimerStarts => StartEventsOf(null).Where(n => n.Event == EventKind.Timer);
}

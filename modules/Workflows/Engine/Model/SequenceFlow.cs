namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>A sequence flow; Condition is JavaScript (the ${...} wrapper already removed) or null.</summary>
public sealed record SequenceFlow(string Id, string? Name, string SourceId, string TargetId, string? Condition, string? ConditionText);

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>A step cannot go on (no flow to take, a wrong timer, a bad collection); becomes an incident at the element.</summary>
public sealed class ExecutionFailureException(string elementId, string message) : Exception($"{elementId}: {message}")
{
    public string ElementId { get; } = elementId;
    public string Reason { get; } = message;
}

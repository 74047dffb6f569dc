namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>A condition, script or expression failed (syntax, runtime error or a limit); names the element it belongs to.</summary>
public sealed class ScriptException(string elementId, string message, Exception? inner = null)
    : Exception($"{elementId}: {message}", inner)
{
    public string ElementId { get; } = elementId;
    public string Reason { get; } = message;
}

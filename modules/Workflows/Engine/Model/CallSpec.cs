namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>
/// A call activity's target: the process key, and which version (latest, deployment = the caller's, or a number);
/// with the camunda:in / camunda:out mappings. Without any variable mapping in a direction, every variable is copied
/// that way (the portal's default); a camunda:in businessKey sets the called instance's business key (default: the caller's).
/// </summary>
public sealed record CallSpec(string CalledElement, string Binding, int? Version)
{
    public IReadOnlyList<CallMapping> In { get; init; } = [];
    public IReadOnlyList<CallMapping> Out { get; init; } = [];

    /// <summary>The camunda:in businessKey expression, or null to pass the caller's business key.</summary>
    public string? BusinessKey { get; init; }
}

namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>A call activity's target: the process key, and which version (latest, deployment = the caller's, or a number).</summary>
public sealed record CallSpec(string CalledElement, string Binding, int? Version);

namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>A camunda:inputParameter or outputParameter: the target name and the value (text or ${expression}).</summary>
public sealed record VariableMapping(string Name, string? Value);

using System.Text.Json.Nodes;

namespace SafetyPortal.Workflows.Engine.Scripting;

/// <summary>The value a script ended with and the variables it set through execution.setVariable.</summary>
public sealed record ScriptResult(JsonNode? Value, IReadOnlyDictionary<string, JsonNode?> SetVariables);

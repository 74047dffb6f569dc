using System.Text.Json.Nodes;

namespace SafetyPortal.Platform.Workflows;

/// <summary>What an activity gets: the instance it works for, its checked inputs and (read-only) the instance's variables.</summary>
public sealed record WorkflowActivityContext(
    Guid InstanceId,
    Guid? TenantId,
    string ProcessKey,
    string? BusinessKey,
    string ElementId,
    IReadOnlyDictionary<string, JsonNode?> Inputs,
    IReadOnlyDictionary<string, JsonNode?> Variables)
{
    public string? GetString(string name) => Inputs.TryGetValue(name, out var value) && value is JsonValue v ? v.ToString() : null;
}

using System.Text.Json.Nodes;

namespace SafetyPortal.Platform.Workflows;

/// <summary>Variables the activity hands back to the instance (camunda:outputParameter may rename them).</summary>
public sealed record WorkflowActivityResult(IReadOnlyDictionary<string, JsonNode?> Outputs)
{
    public static WorkflowActivityResult Empty { get; } = new(new Dictionary<string, JsonNode?>());
}

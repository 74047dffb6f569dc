using System.Text.Json.Nodes;

namespace SafetyPortal.Workflows.Forms;

/// <summary>The answer of GET /api/workflows/forms?key=: a registered form's key and its form-js schema.</summary>
public sealed record WorkflowFormDto(string Key, JsonNode? Schema);

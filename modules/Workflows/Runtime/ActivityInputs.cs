using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>Checks an activity's inputs against its declared types before it runs, naming the input that is wrong.</summary>
public static class ActivityInputs
{
    public static void Check(IWorkflowActivity activity, JsonObject inputs)
    {
        foreach (var input in activity.Inputs)
        {
            var value = inputs[input.Name];
            if (value is null)
            {
                if (input.Required)
                {
                    throw new ArgumentException($"The activity '{activity.Name}' needs the input '{input.Name}'.");
                }
                continue;
            }
            if (!Fits(input.Type, value))
            {
                throw new ArgumentException($"The input '{input.Name}' of '{activity.Name}' should be {input.Type}, not {value.GetValueKind()} ({value.ToJsonString()}).");
            }
        }
    }

    private static bool Fits(WorkflowValueType type, JsonNode value) => type switch
    {
        WorkflowValueType.Text => value.GetValueKind() == JsonValueKind.String,
        WorkflowValueType.Number => value.GetValueKind() == JsonValueKind.Number
            || value.GetValueKind() == JsonValueKind.String && double.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _),
        WorkflowValueType.Boolean => value.GetValueKind() is JsonValueKind.True or JsonValueKind.False
            || value.GetValueKind() == JsonValueKind.String && bool.TryParse(value.GetValue<string>(), out _),
        WorkflowValueType.DateTime => value.GetValueKind() == JsonValueKind.String && DateTimeOffset.TryParse(value.GetValue<string>(), System.Globalization.CultureInfo.InvariantCulture, out _),
        WorkflowValueType.Identifier => value.GetValueKind() == JsonValueKind.String && Guid.TryParse(value.GetValue<string>(), out _),
        _ => true,
    };
}

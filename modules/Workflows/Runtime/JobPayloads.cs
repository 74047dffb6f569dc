using System.Text.Json;
using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>What a job row carries in PayloadJson: a timer's plan, or an activity's name and inputs.</summary>
public static class JobPayloads
{
    public static string Timer(TimerPlan plan) => JsonSerializer.Serialize(plan);

    public static TimerPlan ReadTimer(string? json, DateTime due) =>
        (json is null ? null : JsonSerializer.Deserialize<TimerPlan>(json)) ?? new TimerPlan(due, 0, null);

    public static string Activity(string name, JsonObject inputs) =>
        new JsonObject { ["activity"] = name, ["inputs"] = inputs.DeepClone() }.ToJsonString();

    public static (string Name, JsonObject Inputs) ReadActivity(string? json)
    {
        var node = JsonNode.Parse(json ?? "{}")!.AsObject();
        return (node["activity"]?.GetValue<string>() ?? "", node["inputs"] as JsonObject ?? []);
    }
}

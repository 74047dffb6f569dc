using System.Text.Json;

namespace SafetyPortal.Learning.Plans;

/// <summary>One enterprise condition of a plan's audience: a screening condition's key and its parameters, as in 前置研判.</summary>
public sealed record PlanConditionRequest(string? Key, Dictionary<string, JsonElement>? Parameters);

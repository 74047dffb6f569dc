using System.Text.Json;

namespace SafetyPortal.Risks.Screening.Application;

/// <summary>One condition of a screening as clients send it: { "key": "risks.level-count", "parameters": { "levels": ["Major"], "count": { "min": 3 } } }.</summary>
public sealed record ScreeningConditionRequest(string? Key, Dictionary<string, JsonElement>? Parameters);

using System.Text.Json;

namespace SafetyPortal.Platform.Screening;

/// <summary>One condition of a screening as clients send it: { "key": "organization.key-sites", "parameters": { ... } }.</summary>
public sealed record ScreeningCriterion(string? Key, Dictionary<string, JsonElement>? Parameters);

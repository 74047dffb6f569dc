using System.Text.Json.Nodes;
using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Parsing;
using SafetyPortal.Workflows.Engine.Scripting;

namespace SafetyPortal.Workflows.Engine.Execution;

/// <summary>
/// What crosses a call activity's boundary, by its camunda:in (caller → called) or camunda:out (called → caller)
/// mappings: without any, every variable; else only the mapped ones (variables="all" copies all of them, then
/// the other mappings apply on top).
/// </summary>
internal static class CallVariables
{
    public static JsonObject Map(IReadOnlyList<CallMapping> mappings, IReadOnlyDictionary<string, JsonNode?> source,
        ScriptSandbox scripts, string elementId)
    {
        var result = new JsonObject();
        if (mappings.Count == 0 || mappings.Any(m => m.All))
        {
            foreach (var (name, value) in source)
            {
                result[name] = value?.DeepClone();
            }
        }
        foreach (var mapping in mappings.Where(m => !m.All))
        {
            var value = mapping.SourceExpression is { Length: > 0 } expression
                ? scripts.Evaluate(elementId, Expressions.ToScript(expression), source)
                : source.GetValueOrDefault(mapping.Source!);
            result[mapping.TargetName!] = value?.DeepClone();
        }
        return result;
    }

    /// <summary>
    /// The called instance's business key: null keeps the caller's (no camunda:in businessKey, or one naming
    /// execution.processBusinessKey); else the expression's value, or the literal text.
    /// </summary>
    public static string? BusinessKey(string? text, Func<string, string?> evaluate) =>
        string.IsNullOrWhiteSpace(text) || text.Contains("processBusinessKey", StringComparison.Ordinal) ? null
        : Expressions.IsExpression(text) ? evaluate(text)
        : text;
}

namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>Camunda writes expressions as ${...} (or #{...}); we run their content as JavaScript.</summary>
public static class Expressions
{
    /// <summary>True when the whole text is one ${...} or #{...} expression.</summary>
    public static bool IsExpression(string? text)
    {
        var trimmed = text?.Trim();
        return trimmed is { Length: > 3 } && (trimmed.StartsWith("${", StringComparison.Ordinal) || trimmed.StartsWith("#{", StringComparison.Ordinal))
            && trimmed.EndsWith('}');
    }

    /// <summary>The JavaScript of a condition written bare or as ${...}.</summary>
    public static string ToScript(string text)
    {
        var trimmed = text.Trim();
        return IsExpression(trimmed) ? trimmed[2..^1].Trim() : trimmed;
    }
}

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

    /// <summary>True when the text holds a ${...} somewhere, as in "unit:${enterpriseId}".</summary>
    public static bool HasEmbedded(string? text) => text is not null && text.Contains("${", StringComparison.Ordinal);

    /// <summary>The scripts of every ${...} inside a text.</summary>
    public static IEnumerable<string> Embedded(string text)
    {
        var start = text.IndexOf("${", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = ClosingBrace(text, start + 2);
            if (end < 0)
            {
                yield break;
            }
            yield return text[(start + 2)..end];
            start = text.IndexOf("${", end, StringComparison.Ordinal);
        }
    }

    /// <summary>Replaces every ${...} inside a text by its value.</summary>
    public static string Interpolate(string text, Func<string, string?> evaluate)
    {
        var result = new System.Text.StringBuilder();
        var position = 0;
        var start = text.IndexOf("${", StringComparison.Ordinal);
        while (start >= 0)
        {
            var end = ClosingBrace(text, start + 2);
            if (end < 0)
            {
                break;
            }
            result.Append(text, position, start - position).Append(evaluate(text[(start + 2)..end]));
            position = end + 1;
            start = text.IndexOf("${", position, StringComparison.Ordinal);
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    private static int ClosingBrace(string text, int from)
    {
        var depth = 0;
        for (var i = from; i < text.Length; i++)
        {
            if (text[i] == '{')
            {
                depth++;
            }
            else if (text[i] == '}' && depth-- == 0)
            {
                return i;
            }
        }
        return -1;
    }
}

namespace SafetyPortal.Risks.Domain;

/// <summary>Lists of short texts (measures, check points) kept as one line each in a text column.</summary>
public static class TextLines
{
    public static string Join(IEnumerable<string> lines) =>
        string.Join('\n', lines.Select(l => l.Trim()).Where(l => l.Length > 0));

    public static IReadOnlyList<string> Split(string? text) =>
        string.IsNullOrEmpty(text) ? [] : text.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}

namespace SafetyPortal.Workflows.Runtime;

/// <summary>Candidate lists as stored: |a|b| so that "contains |name|" finds whole names only.</summary>
public static class Candidates
{
    public static string Join(IEnumerable<string> values)
    {
        var list = values.Select(v => v.Trim()).Where(v => v.Length > 0 && !v.Contains('|', StringComparison.Ordinal)).Distinct().ToList();
        return list.Count == 0 ? "" : "|" + string.Join('|', list) + "|";
    }

    public static IReadOnlyList<string> Split(string? stored) =>
        string.IsNullOrEmpty(stored) ? [] : stored.Split('|', StringSplitOptions.RemoveEmptyEntries);

    public static string Token(string value) => "|" + value + "|";
}

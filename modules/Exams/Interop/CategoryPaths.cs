namespace SafetyPortal.Exams.Interop;

/// <summary>
/// Moodle category paths ("$course$/top/Safety/Electrical"): context prefixes and the "top" level dropped, "//" is a
/// slash inside a name. Written back the same way, under "$course$/top".
/// </summary>
public static class CategoryPaths
{
    private static readonly string[] Contexts = ["$course$", "$system$", "$module$", "$cat$", "$coursecategory$"];
    private const string Slash = "\u0001";

    public static IReadOnlyList<string> Parse(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return [];
        }
        var segments = path.Trim().Replace("//", Slash, StringComparison.Ordinal).Split('/')
            .Select(s => s.Replace(Slash, "/", StringComparison.Ordinal).Trim()).Where(s => s.Length > 0).ToList();
        if (segments.Count > 0 && Contexts.Contains(segments[0], StringComparer.OrdinalIgnoreCase))
        {
            segments.RemoveAt(0);
        }
        if (segments.Count > 0 && string.Equals(segments[0], "top", StringComparison.OrdinalIgnoreCase))
        {
            segments.RemoveAt(0);
        }
        return segments;
    }

    public static string Format(IEnumerable<string> path) =>
        "$course$/top/" + string.Join('/', path.Select(s => s.Replace("/", "//", StringComparison.Ordinal)));
}

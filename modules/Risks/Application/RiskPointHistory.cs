using System.Globalization;
using SafetyPortal.Risks.Domain;

namespace SafetyPortal.Risks.Application;

/// <summary>Turns a risk point before and after an edit into readable "field: old → new" lines.</summary>
internal static class RiskPointHistory
{
    public static Dictionary<string, string> Snapshot(RiskPoint p, string categoryCode) => new()
    {
        ["CategoryCode"] = categoryCode,
        [nameof(p.Name)] = p.Name,
        [nameof(p.Location)] = p.Location,
        [nameof(p.Equipment)] = p.Equipment ?? "",
        [nameof(p.Method)] = p.Method.ToString(),
        [nameof(p.Likelihood)] = Number(p.Likelihood),
        [nameof(p.Exposure)] = p.Exposure is { } e ? Number(e) : "",
        [nameof(p.Severity)] = Number(p.Severity),
        [nameof(p.Score)] = Number(p.Score),
        [nameof(p.Level)] = p.Level.ToString(),
        [nameof(p.ResponsiblePerson)] = p.ResponsiblePerson ?? "",
        [nameof(p.ResponsiblePhone)] = p.ResponsiblePhone ?? "",
        [nameof(p.Measures)] = string.Join("; ", p.Measures.OrderBy(m => m.SortOrder)
            .Select(m => $"{m.Description} ({m.Frequency}, {m.ResponsibleRole})")),
    };

    /// <summary>One line per field that changed; every field of a new point.</summary>
    public static string Describe(IReadOnlyDictionary<string, string>? before, IReadOnlyDictionary<string, string> after)
    {
        var lines = after.Where(a => before is null ? a.Value.Length > 0 : before[a.Key] != a.Value)
            .Select(a => before is null ? $"{a.Key}: {a.Value}" : $"{a.Key}: {before[a.Key]} → {a.Value}");
        var text = string.Join('\n', lines);
        return text.Length <= RiskPointChange.MaxSummaryLength ? text : text[..(RiskPointChange.MaxSummaryLength - 1)] + "…";
    }

    private static string Number(decimal value) => value.ToString("0.##", CultureInfo.InvariantCulture);
}

using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Inspections.Cycles;

/// <summary>The <see cref="CycleSettings.KeyGrades"/> value read and checked: grade letters A–D, comma-separated, any case,
/// or <see cref="CycleSettings.NoKeyGrades"/>. An empty value also means none (a bureau may configure it so).</summary>
public static class KeyGradeList
{
    private static readonly RegulatoryGrade[] Letters = [RegulatoryGrade.A, RegulatoryGrade.B, RegulatoryGrade.C, RegulatoryGrade.D];

    /// <summary>The grades the value names; unknown parts are left out (the store refused them when the value was set).</summary>
    public static IReadOnlySet<RegulatoryGrade> Parse(string? value) =>
        Parts(value).Select(Find).OfType<RegulatoryGrade>().ToHashSet();

    /// <summary>The parts of the value that are not a grade letter, as written.</summary>
    public static IReadOnlyList<string> Unknown(string? value) => [.. Parts(value).Where(p => Find(p) is null)];

    private static string[] Parts(string? value) =>
        string.Equals(value?.Trim(), CycleSettings.NoKeyGrades, StringComparison.OrdinalIgnoreCase)
            ? []
            : (value ?? "").Split([',', '，', ';', ' '], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static RegulatoryGrade? Find(string part) =>
        Letters.Cast<RegulatoryGrade?>().FirstOrDefault(g => string.Equals(g.ToString(), part, StringComparison.OrdinalIgnoreCase));
}

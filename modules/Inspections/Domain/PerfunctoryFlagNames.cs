namespace SafetyPortal.Inspections.Domain;

public static class PerfunctoryFlagNames
{
    /// <summary>The names of the flags set, for the API and the early warnings.</summary>
    public static IReadOnlyList<string> Names(this PerfunctoryFlags flags) =>
        Enum.GetValues<PerfunctoryFlags>().Where(f => f != PerfunctoryFlags.None && flags.HasFlag(f)).Select(f => f.ToString()).ToList();
}

namespace SafetyPortal.Inspections.Cycles;

/// <summary>
/// The "1+2+3" rhythm and who counts as a key enterprise, set by the bureau or per town. A tier's period is a number of
/// calendar months counted from January (2: January–February, March–April...); 0 turns the tier off.
/// </summary>
public static class CycleSettings
{
    public const string SelfCheckMonths = "Inspections.Cycles.SelfCheckMonths";
    public const string PatrolMonths = "Inspections.Cycles.PatrolMonths";
    public const string InspectionMonths = "Inspections.Cycles.InspectionMonths";

    /// <summary>Key enterprises (checked by the town every period) include those with a Major or Significant risk point.</summary>
    public const string KeyByRiskLevel = "Inspections.Cycles.KeyByRiskLevel";

    /// <summary>Key enterprises include those with a key site or process (confined spaces, combustible dust...).</summary>
    public const string KeyBySites = "Inspections.Cycles.KeyBySites";

    /// <summary>
    /// Key enterprises include those of these regulatory grades (监管等级): a comma list of the letters A–D, default "A";
    /// <see cref="NoKeyGrades"/> for none (a blank value cannot say it: blank means "inherit" in the settings).
    /// </summary>
    public const string KeyGrades = "Inspections.Cycles.KeyGrades";

    /// <summary>A self-check whose items all passed within this many minutes of its first answer is flagged perfunctory.</summary>
    public const string PerfunctoryMinutes = "Inspections.Cycles.PerfunctoryMinutes";

    public const int DefaultSelfCheckMonths = 1;
    public const int DefaultPatrolMonths = 2;
    public const int DefaultInspectionMonths = 3;
    public const int DefaultPerfunctoryMinutes = 2;
    public const string DefaultKeyGrades = "A";

    /// <summary>The <see cref="KeyGrades"/> value for "no enterprise is key by its grade".</summary>
    public const string NoKeyGrades = "None";

    /// <summary>Periods divide the year: 1, 2, 3, 4, 6 or 12 months.</summary>
    public static readonly IReadOnlyList<int> AllowedMonths = [0, 1, 2, 3, 4, 6, 12];
}

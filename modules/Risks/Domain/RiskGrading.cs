namespace SafetyPortal.Risks.Domain;

/// <summary>The scales and thresholds of the two assessment methods.</summary>
public static class RiskGrading
{
    /// <summary>LEC likelihood values (L), Graham–Kinney: 10 完全可以预料 … 0.1 实际不可能.</summary>
    public static readonly IReadOnlyList<decimal> LecLikelihoods = [0.1m, 0.2m, 0.5m, 1m, 3m, 6m, 10m];

    /// <summary>LEC exposure values (E): 10 连续暴露 … 0.5 非常罕见地暴露.</summary>
    public static readonly IReadOnlyList<decimal> LecExposures = [0.5m, 1m, 2m, 3m, 6m, 10m];

    /// <summary>LEC consequence values (C): 100 大灾难 … 1 引人注目.</summary>
    public static readonly IReadOnlyList<decimal> LecConsequences = [1m, 3m, 7m, 15m, 40m, 100m];

    /// <summary>LS uses whole numbers 1–5 for both L and S.</summary>
    public static bool IsLsValue(decimal value) => value is >= 1 and <= 5 && decimal.Truncate(value) == value;

    /// <summary>
    /// R = L × S on the 5×5 risk matrix (风险矩阵分析法), in the bands common in 双重预防机制 guidance (the
    /// LS/LEC methods as Shandong's DB37/T 2882-2016 family popularised them): R 20–25 重大 (red), 15–16 较大
    /// (orange), 9–12 一般 (yellow), 1–8 低 (blue). R takes no values between those bands, so ≥ thresholds suffice.
    /// A province with other bands changes only this method (docs/architecture-notes.md).
    /// </summary>
    public static RiskLevel GradeLs(decimal r) => r switch
    {
        >= 20 => RiskLevel.Major,
        >= 15 => RiskLevel.Significant,
        >= 9 => RiskLevel.General,
        _ => RiskLevel.Low,
    };

    /// <summary>
    /// D = L × E × C, Graham–Kinney bands as Chinese practice maps them to four levels: D &gt; 320 重大,
    /// 160 ≤ D ≤ 320 较大, 70 ≤ D &lt; 160 一般, D &lt; 70 低 (the 20–70 and &lt;20 bands both count as 低).
    /// </summary>
    public static RiskLevel GradeLec(decimal d) => d switch
    {
        > 320 => RiskLevel.Major,
        >= 160 => RiskLevel.Significant,
        >= 70 => RiskLevel.General,
        _ => RiskLevel.Low,
    };
}

namespace SafetyPortal.Platform.Commendations;

/// <summary>
/// The period a commendation covers: a calendar year, or one quarter (1–4) of it, in China time (UTC+8, no daylight
/// saving). <see cref="StartUtc"/> is inclusive, <see cref="EndUtc"/> exclusive.
/// </summary>
public sealed record CommendationPeriod(CommendationPeriodKind Kind, int Year, int? Quarter = null)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public DateTime StartUtc => new DateTime(Year, FirstMonth, 1, 0, 0, 0, DateTimeKind.Utc) - ChinaOffset;

    public DateTime EndUtc => new DateTime(Year, FirstMonth, 1, 0, 0, 0, DateTimeKind.Utc).AddMonths(Kind == CommendationPeriodKind.Year ? 12 : 3) - ChinaOffset;

    /// <summary>True for a year between 2000 and 2199 and, for a quarter, a quarter 1–4 (a year has none).</summary>
    public bool IsValid => Year is >= 2000 and < 2200
        && (Kind == CommendationPeriodKind.Year ? Quarter is null : Kind == CommendationPeriodKind.Quarter && Quarter is >= 1 and <= 4);

    /// <summary>"2026" or "2026-Q3".</summary>
    public override string ToString() => Kind == CommendationPeriodKind.Year ? $"{Year}" : $"{Year}-Q{Quarter}";

    private int FirstMonth => Kind == CommendationPeriodKind.Year ? 1 : ((Quarter ?? 1) - 1) * 3 + 1;
}

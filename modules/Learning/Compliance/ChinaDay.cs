namespace SafetyPortal.Learning.Compliance;

/// <summary>The calendar day in China time of a UTC instant: the day the rules count in.</summary>
public static class ChinaDay
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Of(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime));

    /// <summary>The UTC instant a China day begins.</summary>
    public static DateTime StartUtc(DateOnly day) => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue), ChinaTime);

    /// <summary>The last second of a China day in UTC (a period or deadline "until" that day includes all of it).</summary>
    public static DateTime EndUtc(DateOnly day) => StartUtc(day.AddDays(1)).AddSeconds(-1);
}

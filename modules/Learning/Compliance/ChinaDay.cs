namespace SafetyPortal.Learning.Compliance;

/// <summary>The calendar day in China time of a UTC instant: the day the rules count in.</summary>
public static class ChinaDay
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Of(DateTime utc) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime));
}

namespace SafetyPortal.Learning.Domain;

/// <summary>Ledger years are calendar years in China time: 31 December 20:00 UTC is already next year.</summary>
public static class ChinaCalendar
{
    private static readonly TimeZoneInfo ChinaTime = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static int YearOf(DateTime utc) =>
        TimeZoneInfo.ConvertTimeFromUtc(DateTime.SpecifyKind(utc, DateTimeKind.Utc), ChinaTime).Year;

    /// <summary>The UTC instants where the year starts and the next begins.</summary>
    public static (DateTime Start, DateTime End) BoundsOf(int year) => (
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), ChinaTime),
        TimeZoneInfo.ConvertTimeToUtc(new DateTime(year + 1, 1, 1, 0, 0, 0, DateTimeKind.Unspecified), ChinaTime));
}

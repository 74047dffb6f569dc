namespace SafetyPortal.Inspections.Cycles;

/// <summary>A tier's period holding a China-calendar day: periods of <c>months</c> months counted from January.</summary>
public readonly record struct CyclePeriod(DateOnly Start, DateOnly End)
{
    private static readonly TimeSpan ChinaOffset = TimeSpan.FromHours(8);

    public static CyclePeriod Containing(DateOnly day, int months)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(months, 1);
        var first = ((day.Month - 1) / months * months) + 1;
        var start = new DateOnly(day.Year, first, 1);
        return new CyclePeriod(start, start.AddMonths(months).AddDays(-1));
    }

    /// <summary>The China-calendar day of a UTC instant (China keeps no daylight saving).</summary>
    public static DateOnly ChinaDay(DateTime utc) => DateOnly.FromDateTime(utc + ChinaOffset);

    /// <summary>The end of the last day, China time, in UTC: when the period's tasks are due.</summary>
    public DateTime DueTimeUtc => End.AddDays(1).ToDateTime(TimeOnly.MinValue, DateTimeKind.Utc) - ChinaOffset;
}

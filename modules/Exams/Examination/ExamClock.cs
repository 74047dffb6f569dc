namespace SafetyPortal.Exams.Examination;

/// <summary>The server's clock, the only clock of an attempt. Tests move a subclass forward instead of waiting out a deadline.</summary>
public class ExamClock(TimeProvider time)
{
    public virtual DateTime UtcNow => time.GetUtcNow().UtcDateTime;

    /// <summary>Now, to the microsecond: what MariaDB's datetime(6) stores, so a value read back equals the one first answered.</summary>
    public DateTime Now => Truncate(UtcNow);

    public static DateTime Truncate(DateTime utc) => new(utc.Ticks - (utc.Ticks % 10), DateTimeKind.Utc);
}

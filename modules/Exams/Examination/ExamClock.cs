namespace SafetyPortal.Exams.Examination;

/// <summary>The server's clock, the only clock of an attempt. Tests move a subclass forward instead of waiting out a deadline.</summary>
public class ExamClock(TimeProvider time)
{
    public virtual DateTime UtcNow => time.GetUtcNow().UtcDateTime;
}

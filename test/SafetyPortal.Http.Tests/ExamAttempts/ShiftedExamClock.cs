using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>
/// The exam clock, moved forward by the tests instead of waiting out a deadline. A test can also slip work in at the next
/// reading of the clock, to land it between what a request has read and what it writes.
/// </summary>
public sealed class ShiftedExamClock() : ExamClock(TimeProvider.System)
{
    private long _offsetTicks;
    private Action? _atNextReading;

    public override DateTime UtcNow
    {
        get
        {
            Interlocked.Exchange(ref _atNextReading, null)?.Invoke();
            return base.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));
        }
    }

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);

    public void AtNextReading(Action work) => Interlocked.Exchange(ref _atNextReading, work);
}

using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>The exam clock, moved forward by the tests instead of waiting out a deadline.</summary>
public sealed class ShiftedExamClock() : ExamClock(TimeProvider.System)
{
    private long _offsetTicks;

    public override DateTime UtcNow => base.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

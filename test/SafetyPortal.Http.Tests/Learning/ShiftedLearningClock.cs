using SafetyPortal.Learning.Application;

namespace SafetyPortal.Http.Tests.Learning;

/// <summary>
/// The heartbeat clock, stopped at the moment the host was built and moved forward only by the tests (instead of waiting
/// half a minute per beat), so a slow request on a busy machine does not add a second to the study time.
/// </summary>
public sealed class ShiftedLearningClock() : LearningClock(TimeProvider.System)
{
    private readonly DateTime _start = TimeProvider.System.GetUtcNow().UtcDateTime;
    private long _offsetTicks;

    public override DateTime UtcNow => _start.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

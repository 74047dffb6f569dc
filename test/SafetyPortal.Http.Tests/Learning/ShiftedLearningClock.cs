using SafetyPortal.Learning.Application;

namespace SafetyPortal.Http.Tests.Learning;

/// <summary>The heartbeat clock, moved forward by the tests instead of waiting half a minute per beat.</summary>
public sealed class ShiftedLearningClock() : LearningClock(TimeProvider.System)
{
    private long _offsetTicks;

    public override DateTime UtcNow => base.UtcNow.AddTicks(Interlocked.Read(ref _offsetTicks));

    public void Advance(TimeSpan by) => Interlocked.Add(ref _offsetTicks, by.Ticks);
}

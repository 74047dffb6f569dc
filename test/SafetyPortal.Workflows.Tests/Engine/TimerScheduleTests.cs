using SafetyPortal.Workflows.Engine.Model;
using SafetyPortal.Workflows.Engine.Timers;

namespace SafetyPortal.Workflows.Tests.Engine;

public sealed class TimerScheduleTests
{
    private static readonly DateTime Now = new(2026, 3, 1, 0, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("PT10H", 10)]
    [InlineData("P1DT2H", 26)]
    [InlineData("P1W", 168)]
    [InlineData("PT90M", 1.5)]
    public void Durations_count_from_now(string text, double hours) =>
        Assert.Equal(Now.AddHours(hours), TimerSchedule.Plan(TimerKind.Duration, text, Now).DueUtc);

    [Fact]
    public void Dates_are_read_with_their_offset() =>
        Assert.Equal(new DateTime(2026, 3, 1, 1, 0, 0, DateTimeKind.Utc), TimerSchedule.Plan(TimerKind.Date, "2026-03-01T09:00:00+08:00", Now).DueUtc);

    [Fact]
    public void A_cycle_of_three_fires_three_times()
    {
        var first = TimerSchedule.Plan(TimerKind.Cycle, "R3/PT10H", Now);
        var second = TimerSchedule.Next(first)!;
        var third = TimerSchedule.Next(second)!;
        Assert.Equal([Now.AddHours(10), Now.AddHours(20), Now.AddHours(30)], [first.DueUtc, second.DueUtc, third.DueUtc]);
        Assert.Null(TimerSchedule.Next(third));
    }

    [Theory]
    [InlineData(TimerKind.Duration, "10h")]
    [InlineData(TimerKind.Cycle, "0 0 9 * * ?")]
    [InlineData(TimerKind.Cycle, "R0/PT1H")]
    [InlineData(TimerKind.Date, "next monday")]
    public void Wrong_syntax_is_explained(TimerKind kind, string text) =>
        Assert.NotNull(TimerSchedule.ProblemOf(kind, text));
}

using SafetyPortal.Exams.Attempts;

namespace SafetyPortal.Exams.Tests.Attempts;

public sealed class LeavePageLogTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData("hidden", LeavePageEventKind.Hidden)]
    [InlineData("Visible", LeavePageEventKind.Visible)]
    [InlineData("focus", null)]
    [InlineData(null, null)]
    public void Only_hidden_and_visible_are_logged(string? kind, LeavePageEventKind? expected) =>
        Assert.Equal(expected, LeavePageLog.KindOf(kind));

    [Fact]
    public void The_devices_time_is_kept_in_utc()
    {
        var shanghai = new DateTimeOffset(2026, 5, 1, 9, 59, 58, TimeSpan.FromHours(8));
        Assert.Equal(Now.AddSeconds(-2), LeavePageLog.ClientTimeOf(shanghai.LocalDateTime, Now)!.Value.ToUniversalTime());
        Assert.Equal(Now.AddSeconds(-2), LeavePageLog.ClientTimeOf(DateTime.SpecifyKind(Now.AddSeconds(-2), DateTimeKind.Unspecified), Now));
    }

    [Fact]
    public void A_device_clock_days_off_is_not_believed()
    {
        Assert.Null(LeavePageLog.ClientTimeOf(Now.AddDays(-2), Now));
        Assert.Null(LeavePageLog.ClientTimeOf(DateTime.MinValue, Now));
        Assert.Null(LeavePageLog.ClientTimeOf(null, Now));
        Assert.Equal(Now.AddHours(-23), LeavePageLog.ClientTimeOf(Now.AddHours(-23), Now));
    }
}

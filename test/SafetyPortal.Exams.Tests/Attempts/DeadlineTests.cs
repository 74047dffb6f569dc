using SafetyPortal.Exams.Attempts;

namespace SafetyPortal.Exams.Tests.Attempts;

public sealed class DeadlineTests
{
    private static readonly DateTime Start = new(2026, 5, 1, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void The_deadline_is_the_duration_after_the_start() =>
        Assert.Equal(Start.AddMinutes(60), Attempt.DeadlineFor(Start, 60, Start.AddDays(1)));

    [Fact]
    public void A_late_start_is_cut_short_by_the_exams_close() =>
        Assert.Equal(Start.AddMinutes(20), Attempt.DeadlineFor(Start, 60, Start.AddMinutes(20)));

    [Fact]
    public void Answers_are_taken_until_the_deadline_and_not_at_it()
    {
        var attempt = new Attempt { Deadline = Start.AddMinutes(30) };
        Assert.True(attempt.AcceptsAnswersAt(Start.AddMinutes(30).AddTicks(-1)));
        Assert.False(attempt.AcceptsAnswersAt(Start.AddMinutes(30)));
        attempt.Status = AttemptStatus.Submitted;
        Assert.False(attempt.AcceptsAnswersAt(Start));
    }
}

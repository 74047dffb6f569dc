using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Practice;

namespace SafetyPortal.Exams.Tests.Practice;

public sealed class MistakeRevealTests
{
    private static readonly DateTime Now = new(2026, 5, 1, 8, 0, 0, DateTimeKind.Utc);
    private static readonly Attempt Submitted = new() { Status = AttemptStatus.Submitted, SubmittedAt = Now };

    private static Exam Exam(ReviewPolicy review, bool showCorrectAnswers = true) =>
        new() { ReviewPolicy = review, ShowCorrectAnswers = showCorrectAnswers, OpensAt = Now.AddDays(-1), ClosesAt = Now.AddDays(1) };

    [Fact]
    public void An_immediate_review_with_correct_answers_reveals_at_once() =>
        Assert.Equal(Now, MistakeReveal.RevealAt(Submitted, Exam(ReviewPolicy.Immediately), Now));

    [Fact]
    public void A_review_after_close_reveals_at_the_close() =>
        Assert.Equal(Now.AddDays(1), MistakeReveal.RevealAt(Submitted, Exam(ReviewPolicy.AfterClose), Now));

    [Fact]
    public void A_review_after_a_close_already_past_reveals_at_once() =>
        Assert.Equal(Now.AddDays(2), MistakeReveal.RevealAt(Submitted, Exam(ReviewPolicy.AfterClose), Now.AddDays(2)));

    [Theory]
    [InlineData(ReviewPolicy.Never, true)]
    [InlineData(ReviewPolicy.Immediately, false)]
    [InlineData(ReviewPolicy.AfterClose, false)]
    public void No_review_or_no_correct_answers_never_reveals(ReviewPolicy review, bool showCorrectAnswers) =>
        Assert.Null(MistakeReveal.RevealAt(Submitted, Exam(review, showCorrectAnswers), Now));
}

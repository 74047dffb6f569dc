using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// The attempt as its candidate may see it. Before submission: questions, option texts and the saved answers, nothing
/// about correctness. After: the score, and the review the exam's policy allows.
/// </summary>
public static class AttemptView
{
    public static bool ReviewAvailable(Attempt attempt, Exam exam, DateTime now) =>
        attempt.Status == AttemptStatus.Submitted && exam.ReviewPolicy switch
        {
            ReviewPolicy.Immediately => true,
            ReviewPolicy.AfterClose => now >= exam.ClosesAt,
            _ => false,
        };

    public static AttemptDto ToDto(Attempt attempt, Exam exam, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(exam);
        var review = ReviewAvailable(attempt, exam, now);
        var submitted = attempt.Status == AttemptStatus.Submitted;
        var questions = attempt.Questions.OrderBy(q => q.No).Select(q => new AttemptQuestionDto(
            q.No, q.Kind, q.Stem, q.Options().Select(o => o.Text).ToList(), q.Blanks().Count, q.Points, q.Answer(), q.AnswerSequence,
            review ? new AttemptReviewDto(q.Score, exam.ShowCorrectAnswers ? CorrectAnswer(q) : null, exam.ShowCorrectAnswers ? q.Explanation : null) : null))
            .ToList();
        return new AttemptDto(attempt.Id, exam.Id, exam.Title, attempt.AttemptNo, attempt.Status, now, attempt.StartedAt, attempt.Deadline,
            attempt.SubmittedAt, attempt.SubmitReason, attempt.LeavePageCount, exam.LeavePageLimit, attempt.MaxScore,
            submitted ? attempt.Score : null, submitted ? attempt.Passed : null, review, questions);
    }

    /// <summary>The correct answer as shown in a review: the correct options' letters, or each blank's accepted answers.</summary>
    public static List<string> CorrectAnswer(AttemptQuestion question) => question.Kind == QuestionKind.FillInBlank
        ? question.Blanks().Select(b => string.Join(" / ", b.AcceptedAnswers)).ToList()
        : question.Options().Select((o, i) => (o, i)).Where(x => x.o.IsCorrect).Select(x => AnswerText.Letter(x.i)).ToList();
}

using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// When an exam's mistakes may enter the book: the moment its review shows correct answers (<see cref="AttemptView.ReviewAvailable"/>
/// with <see cref="Exam.ShowCorrectAnswers"/>): now when the review is open already, the exam's close for "after close",
/// never (null) when the exam shows no correct answers or no review. The rule is read when the attempt is submitted.
/// </summary>
public static class MistakeReveal
{
    public static DateTime? RevealAt(Attempt attempt, Exam exam, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(exam);
        if (!exam.ShowCorrectAnswers)
        {
            return null;
        }
        if (AttemptView.ReviewAvailable(attempt, exam, now))
        {
            return now;
        }
        return exam.ReviewPolicy == ReviewPolicy.AfterClose && AttemptView.ReviewAvailable(attempt, exam, exam.ClosesAt) ? exam.ClosesAt : null;
    }
}

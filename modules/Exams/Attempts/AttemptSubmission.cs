using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Attempts;

/// <summary>Submitting grades every question from the snapshot and fixes the score; an attempt is submitted once.</summary>
public static class AttemptSubmission
{
    public static void Submit(Attempt attempt, Exam exam, SubmitReason reason, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        Submit(attempt, attempt.Questions, exam, reason, now);
    }

    /// <summary>Grades the given question rows of the attempt (read apart from it) and fixes the attempt's score.</summary>
    public static void Submit(Attempt attempt, IReadOnlyList<AttemptQuestion> questions, Exam exam, SubmitReason reason, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(questions);
        ArgumentNullException.ThrowIfNull(exam);
        if (attempt.Status == AttemptStatus.Submitted)
        {
            return;
        }
        foreach (var question in questions)
        {
            question.Score = AnswerGrading.Grade(question, exam.MultipleChoiceScoring);
            // Every row of the attempt changes with the submit, so an answer racing it fails its concurrency check.
            question.Revision++;
        }
        attempt.Score = questions.Sum(q => q.Score ?? 0m);
        attempt.MaxScore = questions.Sum(q => q.Points);
        attempt.Passed = attempt.Score >= exam.PassMark;
        attempt.Status = AttemptStatus.Submitted;
        attempt.SubmitReason = reason;
        // A sweep that runs late still records the deadline, not its own lateness.
        attempt.SubmittedAt = now < attempt.Deadline ? now : attempt.Deadline;
    }
}

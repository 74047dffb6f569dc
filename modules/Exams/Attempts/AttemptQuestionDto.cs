using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// A question as the candidate sees it: the options' texts in the shown order, never their correctness before the
/// attempt is submitted; <see cref="Review"/> only when the exam's review policy allows.
/// </summary>
public sealed record AttemptQuestionDto(
    int No,
    QuestionKind Kind,
    string Stem,
    IReadOnlyList<string> Options,
    int BlankCount,
    decimal Points,
    IReadOnlyList<string> Answer,
    long Sequence,
    AttemptReviewDto? Review);

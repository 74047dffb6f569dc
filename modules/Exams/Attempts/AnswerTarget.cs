using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>What saving one answer reads: the question row (its snapshot sizes, stored answer and revision) and its attempt's state.</summary>
public sealed record AnswerTarget(
    Guid QuestionRowId,
    QuestionKind Kind,
    string OptionsJson,
    string BlanksJson,
    string? AnswerJson,
    long AnswerSequence,
    int Revision,
    AttemptStatus Status,
    DateTime Deadline);

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// The instant feedback on one practice answer: right or not, the correct answer (letters, or each blank's accepted
/// answers), the explanation (解析), and where the question stands in the mistake book.
/// </summary>
public sealed record PracticeResultDto(
    Guid QuestionId,
    bool Correct,
    IReadOnlyList<string> YourAnswer,
    IReadOnlyList<string> CorrectAnswer,
    string? Explanation,
    bool InMistakeBook,
    int WrongCount,
    int CorrectRun,
    bool Mastered);

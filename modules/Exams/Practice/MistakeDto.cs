using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>One entry of the mistake book with its question's name, stem excerpt, kind and category, and the exam it last came from.</summary>
public sealed record MistakeDto(
    Guid QuestionId,
    string QuestionName,
    string StemExcerpt,
    QuestionKind Kind,
    Guid CategoryId,
    string CategoryName,
    int WrongCount,
    DateTime LastWrongAt,
    MistakeSource Source,
    Guid? ExamId,
    string? ExamTitle,
    int CorrectRun,
    bool Mastered);

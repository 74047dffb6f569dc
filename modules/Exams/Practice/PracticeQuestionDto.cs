using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>A question to practise, without anything about its answer: option texts in the order A, B, C ..., or its number of blanks.</summary>
public sealed record PracticeQuestionDto(Guid Id, QuestionKind Kind, string Stem, IReadOnlyList<string> Options, int BlankCount, string CategoryName);

namespace SafetyPortal.Exams.Application;

public sealed record QuestionOptionDto(Guid Id, string Text, bool IsCorrect, decimal Fraction, string? Feedback, int SortOrder);

namespace SafetyPortal.Exams.Application;

public sealed record QuestionBlankDto(int Index, IReadOnlyList<string> AcceptedAnswers, bool CaseSensitive);

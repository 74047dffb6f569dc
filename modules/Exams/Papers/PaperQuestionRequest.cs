namespace SafetyPortal.Exams.Papers;

public sealed record PaperQuestionRequest(Guid QuestionId, decimal? Points);

namespace SafetyPortal.Exams.Attempts;

/// <summary>What review shows of a submitted question: the points earned and, if the exam shows them, the correct answers and explanation.</summary>
public sealed record AttemptReviewDto(decimal? Score, IReadOnlyList<string>? CorrectAnswer, string? Explanation);

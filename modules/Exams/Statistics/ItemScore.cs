namespace SafetyPortal.Exams.Statistics;

/// <summary>One question of one (first) attempt: the points it earned of its maximum, and the attempt's total score.</summary>
public sealed record ItemScore(Guid QuestionId, decimal Score, decimal Points, decimal AttemptTotal);

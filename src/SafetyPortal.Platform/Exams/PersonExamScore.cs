namespace SafetyPortal.Platform.Exams;

/// <summary>A candidate's best submitted score in a period as a percentage of the paper's points (0–100).</summary>
public sealed record PersonExamScore(Guid UserId, decimal BestPercent);

namespace SafetyPortal.Exams.Attempts;

public sealed record MyAttemptDto(Guid Id, int AttemptNo, AttemptStatus Status, DateTime StartedAt, DateTime? SubmittedAt, decimal? Score, decimal MaxScore);

namespace SafetyPortal.Exams.Attempts;

/// <summary>The parts of an attempt fixed at its start that saving an answer checks: whose it is, its deadline, its questions by number.</summary>
public sealed record AttemptAnswerShape(Guid UserId, DateTime Deadline, IReadOnlyDictionary<int, AnswerShape> Questions);

namespace SafetyPortal.Exams.Practice;

/// <summary>The user's practice counts.</summary>
public sealed record PracticeStatsDto(int Answered, int Correct, DateTime? LastPracticedAt);

namespace SafetyPortal.Exams.Statistics;

/// <summary>Candidates whose grade is from <see cref="FromPercent"/> up to <see cref="ToPercent"/> of the maximum (the last bucket includes 100).</summary>
public sealed record ScoreBucketDto(int FromPercent, int ToPercent, int Candidates);

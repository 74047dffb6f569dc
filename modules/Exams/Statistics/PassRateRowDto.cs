namespace SafetyPortal.Exams.Statistics;

/// <summary>One line of pass rates by town, enterprise or position: candidates, passed, rate (0–100) and mean grade.</summary>
public sealed record PassRateRowDto(string Key, string Name, int Candidates, int Passed, decimal PassRate, decimal MeanGrade);

namespace SafetyPortal.Exams.Statistics;

/// <summary>成绩统计 of an exam, over the candidates the reader may count.</summary>
public sealed record ExamStatisticsDto(
    Guid ExamId,
    string Title,
    decimal PassMark,
    decimal MaxScore,
    int Candidates,
    int Attempts,
    int Passed,
    decimal PassRate,
    decimal MeanGrade,
    decimal MedianGrade,
    IReadOnlyList<ScoreBucketDto> Distribution,
    IReadOnlyList<PassRateRowDto> ByTown,
    IReadOnlyList<PassRateRowDto> ByEnterprise,
    IReadOnlyList<PassRateRowDto> ByPosition);

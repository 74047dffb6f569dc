using SafetyPortal.Exams.Domain;

namespace SafetyPortal.Exams.Statistics;

/// <summary>One question's line in an exam's item statistics (first attempts).</summary>
public sealed record QuestionStatisticsDto(
    Guid QuestionId,
    string Stem,
    QuestionKind Kind,
    int Attempts,
    decimal FacilityIndex,
    decimal StandardDeviation,
    decimal? DiscriminationIndex);

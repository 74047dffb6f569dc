namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// The item statistics of one question over first attempts, as Moodle's quiz statistics define them: facility index
/// (mean score as a percentage of the maximum), standard deviation (of that percentage), and discrimination index (100 ×
/// the correlation between the question's score and the rest of the attempt's score; null when either never varies).
/// </summary>
public sealed record ItemFigures(Guid QuestionId, int Attempts, decimal FacilityIndex, decimal StandardDeviation, decimal? DiscriminationIndex);

namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// The running sums one question's item statistics need, over first attempts: x is the share of the question's points
/// earned (0–1), y the rest of the attempt's score. Summed by the database, so no attempt row leaves it.
/// </summary>
public sealed record ItemSums(Guid QuestionId, int Count, double SumX, double SumXX, double SumY, double SumYY, double SumXY);

namespace SafetyPortal.Exams.Examination;

/// <summary>The candidate's grade from the scores of the submitted attempts, oldest first.</summary>
public static class ExamGrade
{
    public static decimal? Combine(GradingMethod method, IReadOnlyList<decimal> scores)
    {
        ArgumentNullException.ThrowIfNull(scores);
        if (scores.Count == 0)
        {
            return null;
        }
        return method switch
        {
            GradingMethod.Last => scores[^1],
            GradingMethod.First => scores[0],
            GradingMethod.Average => Math.Round(scores.Average(), 2, MidpointRounding.AwayFromZero),
            _ => scores.Max(),
        };
    }
}

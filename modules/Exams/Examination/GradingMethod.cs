namespace SafetyPortal.Exams.Examination;

/// <summary>Which attempt's score is the candidate's grade when several were taken.</summary>
public enum GradingMethod
{
    Highest = 1,
    Last = 2,
    First = 3,
    Average = 4,
}

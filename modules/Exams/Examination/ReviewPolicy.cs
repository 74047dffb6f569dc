namespace SafetyPortal.Exams.Examination;

/// <summary>When a candidate may review a submitted attempt (questions, own answers, points; correct answers only if the exam says so).</summary>
public enum ReviewPolicy
{
    Immediately = 1,
    AfterClose = 2,
    Never = 3,
}

namespace SafetyPortal.Exams.Attempts;

public enum AttemptStatus
{
    /// <summary>作答中.</summary>
    Open = 1,

    /// <summary>已交卷 and graded.</summary>
    Submitted = 2,
}

namespace SafetyPortal.Exams.Attempts;

/// <summary>Who or what submitted an attempt.</summary>
public enum SubmitReason
{
    /// <summary>The candidate pressed 交卷.</summary>
    Candidate = 1,

    /// <summary>The deadline passed; the background sweep submitted it.</summary>
    Deadline = 2,

    /// <summary>The candidate left the page more often than the exam allows.</summary>
    LeavePageLimit = 3,
}

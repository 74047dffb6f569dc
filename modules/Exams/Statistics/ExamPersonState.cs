namespace SafetyPortal.Exams.Statistics;

/// <summary>Where one person of an exam's audience stands.</summary>
public enum ExamPersonState
{
    NotStarted = 1,
    InProgress = 2,
    Failed = 3,
    Passed = 4,
}

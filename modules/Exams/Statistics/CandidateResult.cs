namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// One candidate's result at an exam: the grade combined from the submitted attempts by the exam's grading method,
/// and where they were (town, enterprise, position) at their latest attempt.
/// </summary>
public sealed record CandidateResult(
    Guid UserId,
    Guid? TownId,
    Guid? EnterpriseId,
    string? Position,
    int Attempts,
    decimal Grade,
    decimal MaxScore,
    bool Passed);

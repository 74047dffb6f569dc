namespace SafetyPortal.Exams.Attempts;

/// <summary>An attempt to resume or review, with the server's time so the page counts down by the server's clock.</summary>
public sealed record AttemptDto(
    Guid Id,
    Guid ExamId,
    string ExamTitle,
    int AttemptNo,
    AttemptStatus Status,
    DateTime ServerTime,
    DateTime StartedAt,
    DateTime Deadline,
    DateTime? SubmittedAt,
    SubmitReason? SubmitReason,
    int LeavePageCount,
    int? LeavePageLimit,
    decimal MaxScore,
    decimal? Score,
    bool? Passed,
    bool ReviewAvailable,
    IReadOnlyList<AttemptQuestionDto> Questions);

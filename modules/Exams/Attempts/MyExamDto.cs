namespace SafetyPortal.Exams.Attempts;

/// <summary>A row of 我的考试: the exam, the candidate's attempts at it and the grade they make; <c>LockedReason</c> when a training plan must be completed first.</summary>
public sealed record MyExamDto(
    Guid ExamId,
    string Title,
    DateTime OpensAt,
    DateTime ClosesAt,
    int DurationMinutes,
    decimal PassMark,
    int AttemptsAllowed,
    bool IsOpen,
    bool CanStart,
    Guid? OpenAttemptId,
    decimal? Grade,
    bool Passed,
    IReadOnlyList<MyAttemptDto> Attempts,
    string? LockedReason = null);

using SafetyPortal.Exams.Attempts;

namespace SafetyPortal.Exams.Statistics;

/// <summary>One row of an exam's leave-page log: whose attempt, what the page reported, the server's and the device's time.</summary>
public sealed record LeavePageEventDto(
    Guid AttemptId,
    Guid UserId,
    string Name,
    int AttemptNo,
    LeavePageEventKind Kind,
    DateTime Time,
    DateTime? ClientTime,
    int LeavePageCount);

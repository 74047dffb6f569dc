namespace SafetyPortal.Exams.Statistics;

/// <summary>One person of an exam's audience (or a candidate no longer on the roster) and their result.</summary>
public sealed record ExamPersonDto(
    Guid UserId,
    string Name,
    Guid? EnterpriseId,
    string? EnterpriseName,
    string? Position,
    ExamPersonState State,
    int Attempts,
    decimal? Grade,
    decimal? MaxScore,
    bool? PlanCompleted = null);

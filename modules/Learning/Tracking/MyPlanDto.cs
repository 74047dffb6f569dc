namespace SafetyPortal.Learning.Tracking;

/// <summary>A plan the signed-in user is enrolled on, with progress; <see cref="Courses"/> link to the course pages.</summary>
public sealed record MyPlanDto(
    Guid EnrolmentId,
    Guid PlanId,
    string Title,
    string? Description,
    DateTime PeriodStart,
    DateTime PeriodEnd,
    DateTime Deadline,
    decimal RequiredHours,
    decimal HoursEarned,
    DateTime? CompletedTime,
    bool Overdue,
    Guid? ExamId,
    IReadOnlyList<MyPlanCourseDto> Courses);

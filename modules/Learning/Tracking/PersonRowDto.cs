using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Tracking;

/// <summary>One enrolment in a people list.</summary>
public sealed record PersonRowDto(
    Guid EnrolmentId,
    Guid UserId,
    string Name,
    Guid EnterpriseId,
    Guid UnitId,
    string? UnitName,
    Guid PlanId,
    string PlanTitle,
    TrainingAudience PrimaryAudience,
    decimal HoursEarned,
    decimal RequiredHours,
    DateTime Deadline,
    DateTime? CompletedTime,
    bool Overdue,
    DateTime? LastRemindedTime,
    int ReminderCount);

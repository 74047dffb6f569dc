using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Plans;

public sealed record PlanDto(
    Guid Id,
    TrainingPlanOwner Owner,
    Guid? EnterpriseId,
    string Title,
    string? Description,
    TrainingAudience Audience,
    IReadOnlyList<PlanConditionRequest> Conditions,
    Guid? OrganizationUnitId,
    DateTime PeriodStart,
    DateTime PeriodEnd,
    DateTime Deadline,
    decimal RequiredHours,
    IReadOnlyList<Guid> CourseIds,
    Guid? ExamId,
    TrainingPlanStatus Status,
    DateTime? PublishedTime,
    DateTime? LastEnrolmentTime,
    bool CanEdit,
    string ConcurrencyStamp);

using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Plans;

/// <summary>A row of the plan list; <see cref="Enrolled"/> counts the current town's active enrolments.</summary>
public sealed record PlanSummaryDto(
    Guid Id,
    TrainingPlanOwner Owner,
    Guid? EnterpriseId,
    string Title,
    TrainingAudience Audience,
    DateTime PeriodStart,
    DateTime PeriodEnd,
    DateTime Deadline,
    decimal RequiredHours,
    TrainingPlanStatus Status,
    int Enrolled);

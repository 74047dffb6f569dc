using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Plans;

/// <summary>A new plan or the edit of a draft (published plans change only title, description, deadline and hours).</summary>
/// <param name="EnterpriseId">An enterprise's own plan (town staff may pick one; enterprise staff always get theirs).</param>
/// <param name="Conditions">Enterprise conditions (bureau and town plans): industry, key sites, risk categories ...</param>
/// <param name="OrganizationUnitId">Only this unit's subtree.</param>
public sealed record SavePlanRequest(
    string? Title,
    string? Description,
    TrainingAudience Audience,
    IReadOnlyList<PlanConditionRequest>? Conditions,
    Guid? EnterpriseId,
    Guid? OrganizationUnitId,
    DateTime? PeriodStart,
    DateTime? PeriodEnd,
    DateTime? Deadline,
    decimal? RequiredHours,
    IReadOnlyList<Guid>? CourseIds,
    Guid? ExamId,
    string? ConcurrencyStamp = null);

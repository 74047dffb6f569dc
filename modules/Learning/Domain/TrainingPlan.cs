using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// 培训计划: courses and required hours for an audience (roles, enterprise conditions, an organization unit) in a period,
/// due by a deadline. Set by the bureau (TenantId null, every town), a town, or an enterprise for its own staff
/// (<see cref="EnterpriseId"/>). Matching staff are enrolled automatically (<see cref="Enrolment"/>).
/// </summary>
public class TrainingPlan : AggregateRoot, IMultiTenant
{
    public const int MaxTitleLength = 128;
    public const int MaxDescriptionLength = 2000;
    public const int MaxCourses = 50;
    public const int MaxConditionsJsonLength = 8000;

    public Guid? TenantId { get; set; }

    /// <summary>The enterprise of an enterprise's own plan; null for bureau and town plans.</summary>
    public Guid? EnterpriseId { get; set; }

    public string Title { get; set; } = "";
    public string? Description { get; set; }

    /// <summary>The roles the plan is for; None: all staff.</summary>
    public TrainingAudience Audience { get; set; }

    /// <summary>
    /// Enterprise conditions as screening condition requests (JSON array of { key, parameters }), evaluated through the
    /// kernel's IScreeningCondition contract (industry, key sites, risk categories of the register ...); null: every enterprise.
    /// </summary>
    public string? ConditionsJson { get; set; }

    /// <summary>Only staff of this unit and the units under it; null: the whole enterprise (or every enterprise).</summary>
    public Guid? OrganizationUnitId { get; set; }

    /// <summary>The dotted code of <see cref="OrganizationUnitId"/>, kept for matching the subtree.</summary>
    public string? OrganizationUnitCode { get; set; }

    /// <summary>Start of the period (UTC); hours earned from here on count.</summary>
    public DateTime PeriodStart { get; set; }

    /// <summary>End of the period (UTC, exclusive).</summary>
    public DateTime PeriodEnd { get; set; }

    /// <summary>By when each enrolled person should have the required hours (UTC); later they are overdue.</summary>
    public DateTime Deadline { get; set; }

    public decimal RequiredHours { get; set; }

    /// <summary>The exam of the future exams module that closes the plan, if any.</summary>
    public Guid? ExamId { get; set; }

    public TrainingPlanStatus Status { get; set; }
    public DateTime? PublishedTime { get; set; }

    /// <summary>The last time the audience was evaluated and enrolled (publishing, the recurring job).</summary>
    public DateTime? LastEnrolmentTime { get; set; }

    public List<TrainingPlanCourse> Courses { get; set; } = [];

    public TrainingPlanOwner Owner => TenantId is null ? TrainingPlanOwner.Bureau : EnterpriseId is null ? TrainingPlanOwner.Town : TrainingPlanOwner.Enterprise;

    /// <summary>Whether a moment (UTC) falls in the plan's period.</summary>
    public bool InPeriod(DateTime time) => time >= PeriodStart && time < PeriodEnd;
}

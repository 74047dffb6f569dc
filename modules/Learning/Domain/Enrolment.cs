using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// A person on a training plan, in the town they work in (a bureau plan has enrolments in every town). Where they
/// work (enterprise, unit) and who they are (<see cref="Audience"/>) are copied at enrolment and kept current by
/// the enrolment job, so dashboards group one table. <see cref="HoursEarned"/> is the plan's courses' ledger hours in
/// the period, kept by the progress refresh; an enrolment with progress is never removed.
/// </summary>
public class Enrolment : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid PlanId { get; set; }
    public Guid UserId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid UnitId { get; set; }

    /// <summary>The person's groups (roles and special operations).</summary>
    public TrainingAudience Audience { get; set; }

    /// <summary>The one group they are counted in (principal, safety manager or frontline).</summary>
    public TrainingAudience PrimaryAudience { get; set; }

    public DateTime EnrolledTime { get; set; }

    /// <summary>Copied from the plan, so "overdue" and "hours against requirement" need no join.</summary>
    public DateTime Deadline { get; set; }
    public decimal RequiredHours { get; set; }

    public decimal HoursEarned { get; set; }

    /// <summary>When <see cref="HoursEarned"/> first reached <see cref="RequiredHours"/>.</summary>
    public DateTime? CompletedTime { get; set; }

    /// <summary>False once the person no longer matches the plan (kept because they had progress).</summary>
    public bool IsActive { get; set; } = true;

    public DateTime? LastRemindedTime { get; set; }
    public int ReminderCount { get; set; }

    public bool HasProgress => HoursEarned > 0 || CompletedTime is not null;

    public bool IsOverdue(DateTime now) => CompletedTime is null && now >= Deadline;

    /// <summary>Sets the hours and, when they first reach the requirement, the completion time.</summary>
    public void RecordHours(decimal hours, DateTime now)
    {
        HoursEarned = hours;
        if (CompletedTime is null && hours >= RequiredHours)
        {
            CompletedTime = now;
        }
    }
}

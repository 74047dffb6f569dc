using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// The town and bureau coverage tables' summary of one plan's active enrolments in one enterprise (and one deadline:
/// every enrolment copies its plan's, so there is one row unless the plan was just moved). Rebuilt from the
/// enrolments whenever the enrolment job or a plan-wide progress refresh runs, and moved by a learner's own progress
/// in between, so the coverage pages read a few thousand rows instead of every enrolment of the city.
/// </summary>
[DisableAuditing]
public class PlanCoverage : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid EnterpriseId { get; set; }
    public Guid PlanId { get; set; }
    public DateTime Deadline { get; set; }

    /// <summary>Active enrolments (each a different person: one enrolment per person and plan).</summary>
    public int Enrolled { get; set; }
    public int Completed { get; set; }
    public decimal HoursEarned { get; set; }
    public decimal HoursRequired { get; set; }

    /// <summary>Enrolments still open once the deadline has passed.</summary>
    public int OverdueAt(DateTime now) => Deadline <= now ? Enrolled - Completed : 0;
}

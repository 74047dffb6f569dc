using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Learning.Domain;

/// <summary>
/// How many different people of one enterprise are on any plan (a person on two plans counts once), the one coverage
/// figure that cannot be summed from <see cref="PlanCoverage"/> rows. Rebuilt with them when enrolments change.
/// </summary>
[DisableAuditing]
public class EnterpriseCoverage : Entity, IMultiTenant
{
    public Guid? TenantId { get; set; }
    public Guid EnterpriseId { get; set; }
    public int People { get; set; }
}

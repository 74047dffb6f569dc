namespace SafetyPortal.Learning.Tracking;

/// <summary>Whom to remind: the incomplete enrolments the filter's criteria select (only overdue ones when asked), or the listed ones.</summary>
public sealed record RemindRequest(
    Guid? EnterpriseId = null,
    Guid? UnitId = null,
    Guid? PlanId = null,
    bool OverdueOnly = false,
    IReadOnlyList<Guid>? EnrolmentIds = null);

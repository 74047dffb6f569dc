using SafetyPortal.Platform.Learning;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Tracking;

/// <summary>
/// The people behind a number: the same criteria every dashboard figure is counted with. <see cref="TownId"/> only on the
/// bureau side. <see cref="Audience"/> is the group a person is counted in (principal, safety manager, frontline).
/// </summary>
public sealed record TrackingFilter(
    Guid? TownId = null,
    Guid? EnterpriseId = null,
    Guid? UnitId = null,
    Guid? PlanId = null,
    TrainingAudience? Audience = null,
    TrackingState? State = null);

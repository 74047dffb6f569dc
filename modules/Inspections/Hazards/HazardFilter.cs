using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>Register filters; all optional. TownId only narrows the bureau's cross-town view.</summary>
public sealed record HazardFilter(
    HazardStatus? Status = null,
    HazardLevel? Level = null,
    Guid? EnterpriseId = null,
    bool? Overdue = null,
    Guid? TownId = null);

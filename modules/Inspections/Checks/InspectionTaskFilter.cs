using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Checks;

/// <summary>Task list filters; all optional. Mine: only what the reader may do. TownId narrows the bureau's view.</summary>
public sealed record InspectionTaskFilter(
    Guid? CycleId = null,
    InspectionTier? Tier = null,
    InspectionTaskStatus? Status = null,
    bool? Overdue = null,
    bool? Flagged = null,
    bool Mine = false,
    Guid? EnterpriseId = null,
    Guid? TownId = null);

using SafetyPortal.Inspections.Domain;

namespace SafetyPortal.Inspections.Hazards;

/// <summary>A hazard as reported: the enterprise, what and where, the proposed level (General when left out).</summary>
public sealed record ReportHazardRequest(
    Guid? EnterpriseId,
    string? Description,
    string? Location = null,
    HazardLevel? Level = null,
    string? ResponsiblePerson = null);

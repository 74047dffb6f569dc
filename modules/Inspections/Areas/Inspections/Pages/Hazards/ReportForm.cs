using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Hazards;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Hazards;

/// <summary>The report form as posted.</summary>
public sealed class ReportForm
{
    public Guid? EnterpriseId { get; set; }
    public string? Description { get; set; }
    public string? Location { get; set; }
    public HazardLevel Level { get; set; }
    public string? ResponsiblePerson { get; set; }

    public ReportHazardRequest ToRequest() => new(EnterpriseId, Description, Location, Level, ResponsiblePerson);
}

namespace SafetyPortal.Inspections.Hazards;

/// <summary>
/// The built-in process every hazard runs (workflows/hazard-closure.bpmn) and the variables it is started with. Its
/// service tasks set the hazard's status through <see cref="HazardStatusHandler"/>; a town may adapt it in the designer
/// as long as it keeps those tasks.
/// </summary>
public static class HazardClosure
{
    public const string ProcessKey = "hazard-closure";
    public const string EntityType = "Hazard";

    public const string HazardId = "hazardId";
    public const string EnterpriseId = "enterpriseId";
    public const string Description = "description";
    public const string Level = "level";
    public const string GeneralDays = "generalDays";
    public const string MajorDays = "majorDays";
}

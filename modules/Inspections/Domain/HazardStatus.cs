namespace SafetyPortal.Inspections.Domain;

/// <summary>
/// Where a hazard is on its way to closure (闭环). Reported until the town confirms its level; the hazard-closure process
/// then sets the others (a failed verification returns it to Rectifying).
/// </summary>
public enum HazardStatus
{
    Reported = 0,
    Rectifying = 1,
    Verifying = 2,
    Closed = 3,
}

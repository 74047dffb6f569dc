namespace SafetyPortal.Inspections.Domain;

public enum InspectionCycleStatus
{
    /// <summary>Its tasks take answers.</summary>
    Open = 1,

    /// <summary>The next cycle of its tier opened: unfinished tasks were missed, nothing more is answered.</summary>
    Closed = 2,
}

namespace SafetyPortal.Inspections.Domain;

public enum InspectionTaskStatus
{
    /// <summary>Opened, nothing answered yet.</summary>
    Open = 1,

    /// <summary>Some items answered.</summary>
    InProgress = 2,

    /// <summary>Every item answered and submitted: the enterprise is covered for the cycle.</summary>
    Submitted = 3,

    /// <summary>Not submitted when its cycle closed.</summary>
    Missed = 4,
}

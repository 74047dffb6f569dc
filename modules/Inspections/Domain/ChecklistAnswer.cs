namespace SafetyPortal.Inspections.Domain;

public enum ChecklistAnswer
{
    Pending = 0,
    Passed = 1,

    /// <summary>Not as it should be: the item becomes a hazard at the submission.</summary>
    Failed = 2,
    NotApplicable = 3,
}

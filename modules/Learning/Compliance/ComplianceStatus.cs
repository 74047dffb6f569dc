namespace SafetyPortal.Learning.Compliance;

/// <summary>A person's standing against the training rules for one year.</summary>
public enum ComplianceStatus
{
    /// <summary>Nothing required that year (not yet on the staff).</summary>
    NotRequired = 0,

    /// <summary>Every requirement met.</summary>
    Compliant = 1,

    /// <summary>The year is still running and something is missing.</summary>
    InProgress = 2,

    /// <summary>The year is over and something is missing.</summary>
    NonCompliant = 3,
}

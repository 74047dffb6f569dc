namespace SafetyPortal.Learning.Compliance;

/// <summary>Which rule sets a person's hours for a year.</summary>
public enum TrainingRequirementKind
{
    /// <summary>Not on the staff that year.</summary>
    None = 0,

    /// <summary>初次安全培训 of a principal or safety manager (32 h / 48 h).</summary>
    Initial = 1,

    /// <summary>每年再培训 (12 h / 16 h for managers; 20 h for frontline staff of high-risk sectors).</summary>
    Refresher = 2,

    /// <summary>岗前安全培训 of new frontline staff (24 h / 72 h).</summary>
    PreJob = 3,
}

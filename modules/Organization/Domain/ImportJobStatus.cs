namespace SafetyPortal.Organization.Domain;

public enum ImportJobStatus
{
    Queued = 0,

    /// <summary>Reading the whole file and checking every row; nothing is written yet.</summary>
    Validating = 1,

    /// <summary>Writing the accepted rows in batches.</summary>
    Writing = 2,
    Completed = 3,

    /// <summary>Stopped by an unexpected error; batches committed before it stay.</summary>
    Failed = 4,
}

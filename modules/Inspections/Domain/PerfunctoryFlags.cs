namespace SafetyPortal.Inspections.Domain;

/// <summary>Signs that a submitted inspection was done for show (走过场); the early warnings read them.</summary>
[Flags]
public enum PerfunctoryFlags
{
    None = 0,

    /// <summary>Every applicable item passed within the minimum time from the first answer to the submission.</summary>
    TooFast = 1,

    /// <summary>The same photo stands as evidence for more than one item, or was already shown in an earlier inspection of the enterprise.</summary>
    ReusedPhotos = 2,
}

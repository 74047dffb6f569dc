namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>The "BackgroundJobs" configuration section.</summary>
public sealed class BackgroundJobOptions
{
    public const string Section = "BackgroundJobs";

    /// <summary>Run jobs on this node. Default true; when false, jobs are still stored and another node (or a later start) runs them.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>How often a failed run is tried again after the first failure. Default 3; 0 retries nothing.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Seconds before the first retry; each further wait doubles. Default 30.</summary>
    public double FirstRetryDelaySeconds { get; set; } = 30;

    /// <summary>Run records older than this many days are purged nightly. Default 90.</summary>
    public int KeepRunsDays { get; set; } = 90;
}

namespace SafetyPortal.Workflows.Runtime;

/// <summary>The "Workflows" configuration section.</summary>
public sealed class RuntimeOptions
{
    public const string Section = "Workflows";

    /// <summary>Run due timers and activity jobs on this node. Default true.</summary>
    public bool JobsEnabled { get; set; } = true;

    /// <summary>How often an idle node looks for due jobs. Default 500 ms.</summary>
    public int PollMilliseconds { get; set; } = 500;

    /// <summary>Jobs claimed (and, for timers, fired in one transaction) per round. Default 200.</summary>
    public int BatchSize { get; set; } = 200;

    /// <summary>A claim older than this is taken for a crashed node's and claimed again. Default 5 minutes.</summary>
    public int LockSeconds { get; set; } = 300;

    /// <summary>Retries of a failed activity before it becomes an incident. Default 3.</summary>
    public int MaxRetries { get; set; } = 3;

    /// <summary>Seconds before the first retry; doubles each time. Default 10.</summary>
    public double FirstRetryDelaySeconds { get; set; } = 10;

    /// <summary>Write journal lines for every step. Default true.</summary>
    public bool Journal { get; set; } = true;
}

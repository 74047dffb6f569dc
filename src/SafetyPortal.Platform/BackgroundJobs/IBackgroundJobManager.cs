namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>How modules hand work to the background: once, on a schedule, or now again.</summary>
public interface IBackgroundJobManager
{
    /// <summary>
    /// Runs the job once for the town (null: the bureau), as soon as a node is free or after the delay.
    /// Returns the id of this run's trigger.
    /// </summary>
    Task<string> EnqueueAsync<TJob>(
        Guid? tenantId,
        IReadOnlyDictionary<string, string>? data = null,
        TimeSpan? delay = null,
        CancellationToken cancellationToken = default) where TJob : PortalJob;

    /// <summary>
    /// Runs the job on a Quartz cron expression ("0 0 3 * * ?"), read in China time. A schedule already
    /// stored under this name is kept as it is, so calling this at every start is safe on every node.
    /// </summary>
    Task ScheduleRecurringAsync<TJob>(
        string scheduleName,
        string cronExpression,
        Guid? tenantId = null,
        IReadOnlyDictionary<string, string>? data = null,
        CancellationToken cancellationToken = default) where TJob : PortalJob;

    /// <summary>Fires a stored job now with its own data; false when no such job is stored.</summary>
    Task<bool> TriggerNowAsync(string group, string name, CancellationToken cancellationToken = default);
}

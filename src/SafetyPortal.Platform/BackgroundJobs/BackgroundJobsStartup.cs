using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Quartz;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// Builds the scheduler once the database start-up has migrated (this service is registered after
/// it, and hosted services start in order), puts the modules' recurring schedules in place and, when
/// BackgroundJobs:Enabled, starts firing. Shuts the scheduler down before the host goes down.
/// </summary>
internal sealed class BackgroundJobsStartup(
    ISchedulerFactory schedulers,
    IBackgroundJobManager jobs,
    IEnumerable<RecurringJob> recurringJobs,
    IOptions<BackgroundJobOptions> options,
    ILogger<BackgroundJobsStartup> logger) : IHostedService
{
    private IScheduler? _scheduler;

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        var scheduler = _scheduler = await schedulers.GetScheduler(cancellationToken);
        foreach (var recurring in recurringJobs)
        {
            await recurring.Schedule(jobs, cancellationToken);
        }
        if (!options.Value.Enabled)
        {
            logger.LogInformation("Background jobs are switched off on this node (BackgroundJobs:Enabled=false); jobs are stored, not run");
            return;
        }
        await scheduler.Start(cancellationToken);
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        if (_scheduler is { Status: not (SchedulerStatus.ShuttingDown or SchedulerStatus.Shutdown) } scheduler)
        {
            // Lets running jobs finish, so a rolling restart does not cut a run in half.
            await scheduler.Shutdown(waitForJobsToComplete: true, cancellationToken);
        }
    }
}

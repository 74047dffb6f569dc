using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Workflows.Domain;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>
/// This node's share of the engine's durable work: claims due jobs (timers and activities of every town), fires
/// timers in batches and runs activities one by one, each in its job's town. Polls when idle, wakes when a job is stored.
/// Registered after the database start-up, so it starts once the migrations ran.
/// </summary>
internal sealed partial class JobWorker(
    IServiceScopeFactory scopes,
    ICurrentTenant tenant,
    JobSignal signal,
    IOptions<RuntimeOptions> options,
    TimeProvider clock,
    ILogger<JobWorker> logger) : BackgroundService
{
    private readonly string _node = $"{Environment.MachineName}:{Guid.NewGuid():N}"[..Math.Min(40, Environment.MachineName.Length + 33)];

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (!options.Value.JobsEnabled)
        {
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var done = 0;
            try
            {
                done = await RunRoundAsync(stoppingToken);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                LogRoundFailed(logger, e);
            }
            if (done == 0)
            {
                try
                {
                    await signal.WaitAsync(TimeSpan.FromMilliseconds(options.Value.PollMilliseconds), stoppingToken);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }
        }
    }

    /// <summary>One claim and its processing; returns how many jobs were claimed.</summary>
    public async Task<int> RunRoundAsync(CancellationToken cancellationToken)
    {
        var owner = $"{_node}:{Guid.NewGuid():N}"[..Math.Min(64, _node.Length + 33)];
        List<WorkflowJob> jobs;
        using (tenant.Change(null))
        await using (var scope = scopes.CreateAsyncScope())
        {
            jobs = await scope.ServiceProvider.GetRequiredService<JobClaims>().ClaimAsync(owner, options.Value.BatchSize,
                clock.GetUtcNow().UtcDateTime, TimeSpan.FromSeconds(options.Value.LockSeconds), cancellationToken);
        }
        foreach (var town in jobs.GroupBy(j => j.TenantId))
        {
            using var inTown = tenant.Change(town.Key);
            var timers = town.Where(j => j.Kind == JobKind.Timer).ToList();
            if (timers.Count > 0)
            {
                await using var scope = scopes.CreateAsyncScope();
                await scope.ServiceProvider.GetRequiredService<TimerFiring>().FireAsync(timers, owner, cancellationToken);
            }
            foreach (var job in town.Where(j => j.Kind == JobKind.Activity))
            {
                await using var scope = scopes.CreateAsyncScope();
                try
                {
                    await scope.ServiceProvider.GetRequiredService<ActivityJobs>().RunAsync(job, owner, cancellationToken);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    LogJobFailed(logger, job.Id, job.ElementId, e);
                    await scope.ServiceProvider.GetRequiredService<JobClaims>().ReleaseAsync(job.Id, owner, cancellationToken);
                }
            }
        }
        return jobs.Count;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "A round of workflow jobs failed; the claims expire and are taken again.")]
    private static partial void LogRoundFailed(ILogger logger, Exception exception);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Workflow job {JobId} at {ElementId} could not be finished; it is released and runs again.")]
    private static partial void LogJobFailed(ILogger logger, Guid jobId, string elementId, Exception exception);
}

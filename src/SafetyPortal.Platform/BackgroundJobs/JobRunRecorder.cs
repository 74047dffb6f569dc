using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Quartz;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// Writes a BackgroundJobRun for every run of every job, in the town the job ran for, so the jobs
/// page can show the last result and towns see only their own runs.
/// </summary>
internal sealed class JobRunRecorder(IServiceScopeFactory scopes, ILogger<JobRunRecorder> logger) : IJobListener
{
    public async ValueTask JobWasExecuted(IJobExecutionContext context, JobExecutionException? jobException, CancellationToken cancellationToken = default)
    {
        var started = context.FireTimeUtc.UtcDateTime;
        var run = new BackgroundJobRun
        {
            TenantId = PortalJobData.ReadTenantId(context.MergedJobDataMap),
            JobGroup = context.JobDetail.Key.Group,
            JobName = context.JobDetail.Key.Name,
            StartedAt = started,
            FinishedAt = started + context.JobRunTime,
            Succeeded = jobException is null,
            Attempt = context.RetryAttempt + 1,
            RetryScheduled = context.RetryScheduled,
            Error = jobException is null ? null : Truncate(WhatTheJobThrew(jobException).Message),
            Node = Truncate(context.Scheduler.SchedulerInstanceId, BackgroundJobRun.MaxKeyLength),
        };
        if (jobException is not null)
        {
            logger.LogWarning(jobException, "Background job {Job} failed (attempt {Attempt}, retry scheduled: {Retry})",
                context.JobDetail.Key, run.Attempt, run.RetryScheduled);
        }
        try
        {
            await using var scope = scopes.CreateAsyncScope();
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            db.Add(run);
            await db.SaveChangesAsync(CancellationToken.None);
        }
        catch (Exception ex) when (ex is not OperationCanceledException)
        {
            // The job's own work is done; a lost record must not turn it into a failure.
            logger.LogError(ex, "Could not record the run of background job {Job}", context.JobDetail.Key);
        }
    }

    /// <summary>Quartz wraps what a job throws twice (JobExecutionException, JobExecutionProcessException); the user wants the job's own words.</summary>
    private static Exception WhatTheJobThrew(JobExecutionException exception)
    {
        Exception thrown = exception;
        while (thrown is JobExecutionException or JobExecutionProcessException && thrown.InnerException is { } inner)
        {
            thrown = inner;
        }
        return thrown;
    }

    private static string Truncate(string text, int length = BackgroundJobRun.MaxErrorLength) =>
        text.Length <= length ? text : text[..length];
}

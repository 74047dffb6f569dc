using Quartz;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>IBackgroundJobManager on Quartz: one durable job per job type, one trigger per enqueue or schedule.</summary>
internal sealed class BackgroundJobManager(ISchedulerFactory schedulers, TimeProvider clock) : IBackgroundJobManager
{
    public async Task<string> EnqueueAsync<TJob>(
        Guid? tenantId,
        IReadOnlyDictionary<string, string>? data = null,
        TimeSpan? delay = null,
        CancellationToken cancellationToken = default) where TJob : PortalJob
    {
        var scheduler = await EnsureJobAsync(typeof(TJob), cancellationToken);
        var key = PortalJobKeys.Of<TJob>();
        var id = Guid.NewGuid().ToString("N");
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(id, key.Group)
            .ForJob(key)
            .UsingJobData(PortalJobData.Create(tenantId, data))
            .StartAt(clock.GetUtcNow() + (delay ?? TimeSpan.Zero))
            .Build();
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Throw, cancellationToken);
        return id;
    }

    public async Task ScheduleRecurringAsync<TJob>(
        string scheduleName,
        string cronExpression,
        Guid? tenantId = null,
        IReadOnlyDictionary<string, string>? data = null,
        CancellationToken cancellationToken = default) where TJob : PortalJob
    {
        var scheduler = await EnsureJobAsync(typeof(TJob), cancellationToken);
        var key = PortalJobKeys.Of<TJob>();
        var trigger = TriggerBuilder.Create(clock)
            .WithIdentity(scheduleName, key.Group)
            .ForJob(key)
            .UsingJobData(PortalJobData.Create(tenantId, data))
            .WithSchedule(CronScheduleBuilder.Create(cronExpression).InTimeZone(LocalTimeTagHelper.ChinaTime))
            .Build();
        // Keep: every node calls this at start; the first one stores the schedule, the others leave it be.
        await scheduler.ScheduleTrigger(trigger, TriggerConflict.Keep, cancellationToken);
    }

    public async Task<bool> TriggerNowAsync(string group, string name, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = new JobKey(name, group);
        if (!await scheduler.Exists(key, cancellationToken))
        {
            return false;
        }
        await scheduler.TriggerJob(key, null, cancellationToken);
        return true;
    }

    private async Task<IScheduler> EnsureJobAsync(Type jobType, CancellationToken cancellationToken)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var key = PortalJobKeys.Of(jobType);
        if (await scheduler.Exists(key, cancellationToken))
        {
            return scheduler;
        }
        // Durable, so it stays listed between runs; recoverable, so a run cut short by a dead node runs again on another.
        var job = JobBuilder.Create()
            .OfType(jobType)
            .WithIdentity(key)
            .StoreDurably()
            .RequestRecovery()
            .Build();
        try
        {
            await scheduler.AddJob(job, default, cancellationToken);
        }
        catch (ObjectAlreadyExistsException)
        {
            // Another node stored it first; the same job either way.
        }
        return scheduler;
    }
}

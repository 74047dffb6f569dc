using Microsoft.Extensions.DependencyInjection;

namespace SafetyPortal.Platform.BackgroundJobs;

public static class BackgroundJobServiceCollectionExtensions
{
    /// <summary>
    /// Schedules the job on a Quartz cron expression (China time) at start, unless a schedule of that
    /// name is already stored: a schedule an operator changed is not put back.
    /// </summary>
    public static IServiceCollection AddRecurringJob<TJob>(this IServiceCollection services, string scheduleName, string cronExpression)
        where TJob : PortalJob =>
        services.AddSingleton(new RecurringJob(scheduleName,
            (jobs, cancellationToken) => jobs.ScheduleRecurringAsync<TJob>(scheduleName, cronExpression, cancellationToken: cancellationToken)));
}

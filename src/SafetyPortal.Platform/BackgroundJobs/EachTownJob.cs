using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// A job that does its work town by town: run for the bureau (as a recurring schedule runs it) it queues one run of
/// <typeparamref name="TJob"/> per active town, with the same data, so each town's work is retried on its own.
/// </summary>
public abstract class EachTownJob<TJob>(IServiceProvider services) : PortalJob(services) where TJob : EachTownJob<TJob>
{
    protected sealed override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (context.TenantId is not null)
        {
            await ExecuteInTownAsync(context, cancellationToken);
            return;
        }
        var jobs = context.Services.GetRequiredService<IBackgroundJobManager>();
        foreach (var town in await context.Services.GetRequiredService<ITenantStore>().GetActiveAsync(cancellationToken))
        {
            await jobs.EnqueueAsync<TJob>(town.Id, context.Data, cancellationToken: cancellationToken);
        }
    }

    /// <summary>The work in one town (<see cref="PortalJobContext.TenantId"/> is set).</summary>
    protected abstract Task ExecuteInTownAsync(PortalJobContext context, CancellationToken cancellationToken);
}

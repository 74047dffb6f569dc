using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.BackgroundJobs.Jobs;

/// <summary>
/// Deletes run records older than BackgroundJobs:KeepRunsDays (default 90). Scheduled for the bureau,
/// it purges every town's records; enqueued for a town, only that town's.
/// </summary>
public sealed class PurgeOldJobRunsJob(IServiceProvider services) : PortalJob(services)
{
    protected override async Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken)
    {
        var keepDays = Math.Max(1, context.Services.GetRequiredService<IOptions<BackgroundJobOptions>>().Value.KeepRunsDays);
        var cutoff = DateTime.UtcNow.AddDays(-keepDays);
        var db = context.Services.GetRequiredService<PortalDbContext>();
        var runs = context.TenantId is null
            ? db.Set<BackgroundJobRun>().IgnoreQueryFilters() // the bureau's explicit crossing: all towns' records age alike
            : db.Set<BackgroundJobRun>();
        context.Firing.Result = await runs.Where(r => r.StartedAt < cutoff).ExecuteDeleteAsync(cancellationToken);
    }
}

using Microsoft.Extensions.DependencyInjection;
using Quartz;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// A module's background job. Its data names the town it runs for (<see cref="TenantIdKey"/>, absent
/// for the bureau); the run happens inside that town, in a DI scope opened after the town is set, so
/// every scoped service it resolves (PortalDbContext, permission checks) works for that town only.
/// A run that throws is retried with back-off (BackgroundJobs:MaxRetries) and recorded either way.
/// </summary>
public abstract class PortalJob(IServiceProvider services) : IJob
{
    /// <summary>The job data entry holding the town's id; absent or empty means the bureau.</summary>
    public const string TenantIdKey = "TenantId";

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken = default)
    {
        var tenantId = PortalJobData.ReadTenantId(context.MergedJobDataMap);
        using (services.GetRequiredService<ICurrentTenant>().Change(tenantId))
        {
            await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
            var run = new PortalJobContext(scope.ServiceProvider, tenantId,
                PortalJobData.ReadData(context.MergedJobDataMap), context.RetryAttempt + 1, context);
            await ExecuteInTenantAsync(run, cancellationToken);
        }
    }

    /// <summary>The job's work, already inside the town of <see cref="PortalJobContext.TenantId"/>.</summary>
    protected abstract Task ExecuteInTenantAsync(PortalJobContext context, CancellationToken cancellationToken);
}

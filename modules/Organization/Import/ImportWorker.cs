using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Organization.Import;

/// <summary>
/// Runs queued imports one after another (a large import keeps both cores of a small server busy),
/// each in its own scope and in its job's town.
/// </summary>
internal sealed class ImportWorker(ChannelImportRunner runner, IServiceScopeFactory scopes, ICurrentTenant currentTenant, ILogger<ImportWorker> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var ticket in runner.Reader.ReadAllAsync(stoppingToken))
        {
            using (currentTenant.Change(ticket.TenantId))
            {
                try
                {
                    await using var scope = scopes.CreateAsyncScope();
                    await scope.ServiceProvider.GetRequiredService<RunImportJob>().ExecuteAsync(ticket.JobId, stoppingToken);
                }
                catch (Exception ex) when (ex is not OperationCanceledException)
                {
                    // RunImportJob records its own failures; this only keeps the worker alive for the next job.
                    logger.LogError(ex, "Import job {JobId} could not be run", ticket.JobId);
                }
            }
        }
    }
}

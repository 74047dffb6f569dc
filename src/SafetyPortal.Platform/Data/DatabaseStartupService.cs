using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SafetyPortal.Platform.Data;

/// <summary>Runs DatabaseStartup before the server takes requests; a failure stops the host.</summary>
internal sealed class DatabaseStartupService(IServiceScopeFactory scopes) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().InitializeAsync(cancellationToken);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}

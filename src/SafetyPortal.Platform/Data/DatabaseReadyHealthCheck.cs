using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Diagnostics.HealthChecks;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// Ready when the database answers and holds the portal's schema. Uses the raw connection, so the
/// MySQL retry strategy cannot hold a load balancer's probe for a minute.
/// </summary>
public sealed class DatabaseReadyHealthCheck(PortalDbContext db) : IHealthCheck
{
    public const string ReadyTag = "ready";
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(5);

    public async Task<HealthCheckResult> CheckHealthAsync(HealthCheckContext context, CancellationToken cancellationToken = default)
    {
        using var timeout = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        timeout.CancelAfter(Timeout);
        var connection = db.Database.GetDbConnection();
        try
        {
            await connection.OpenAsync(timeout.Token);
            await using var command = connection.CreateCommand();
            command.CommandText = "SELECT COUNT(*) FROM __EFMigrationsHistory";
            var migrations = Convert.ToInt64(await command.ExecuteScalarAsync(timeout.Token), System.Globalization.CultureInfo.InvariantCulture);
            return migrations > 0
                ? HealthCheckResult.Healthy($"{migrations} migrations applied")
                : HealthCheckResult.Unhealthy("The database has no migrations applied.");
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            return HealthCheckResult.Unhealthy("The database cannot be reached or has no portal schema.", ex);
        }
        finally
        {
            await connection.CloseAsync();
        }
    }
}

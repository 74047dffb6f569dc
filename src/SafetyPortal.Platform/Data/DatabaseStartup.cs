using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Hosting;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Platform.Data;

/// <summary>
/// At start: reach the database (a bounded number of tries), apply migrations, and seed the
/// demo on the first start of the embedded database.
/// </summary>
public sealed class DatabaseStartup(
    IServiceProvider services,
    DatabaseSettings settings,
    MySqlServerVersionSource mySqlVersion,
    ILogger<DatabaseStartup> logger)
{
    public async Task InitializeAsync(CancellationToken cancellationToken = default)
    {
        await ReachAsync(cancellationToken);
        // Resolved only now: on MySQL the context needs the server version that ReachAsync detected.
        var db = services.GetRequiredService<PortalDbContext>();
        var seeder = services.GetRequiredService<DataSeeder>();
        var creator = db.Database.GetService<IRelationalDatabaseCreator>();
        var firstStart = !await creator.ExistsAsync(cancellationToken) || !await creator.HasTablesAsync(cancellationToken);
        if (settings.Options.MigrateOnStart)
        {
            await db.Database.MigrateAsync(cancellationToken);
        }
        if (settings.Provider == DatabaseProvider.Sqlite)
        {
            // Write-ahead logging: readers no longer block the writer (pages and background jobs at once), and the
            // mode sticks to the database file. An in-memory database answers "memory" and stays as it is.
            await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode=WAL;", cancellationToken);
        }
        await seeder.SeedAsync(new DataSeedContext(IsDemo: false), cancellationToken);
        if (firstStart && settings.Provider == DatabaseProvider.Sqlite && settings.Options.SeedDemoOnFirstStart)
        {
            logger.LogInformation("First start of the embedded database: seeding the demo towns and accounts");
            await seeder.SeedAsync(new DataSeedContext(IsDemo: true), cancellationToken);
        }
    }

    private async Task ReachAsync(CancellationToken cancellationToken)
    {
        var attempts = Math.Max(1, settings.Options.StartupAttempts);
        var delay = TimeSpan.FromSeconds(Math.Max(0, settings.Options.StartupRetryDelaySeconds));
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await TryReachAsync(cancellationToken);
                return;
            }
            catch (Exception ex) when (ex is not OperationCanceledException && attempt < attempts)
            {
                logger.LogWarning("Database not reachable (attempt {Attempt} of {Attempts}): {Reason}; retrying in {Delay}",
                    attempt, attempts, ex.Message, delay);
                await Task.Delay(delay, cancellationToken);
                delay *= 2;
            }
            catch (Exception ex) when (ex is not OperationCanceledException)
            {
                throw new PortalStartupException(DatabaseSettings.ConnectionStringKey,
                    $"the {settings.Provider} database cannot be reached after {attempts} attempts: {ex.Message}", ex);
            }
        }
    }

    private async Task TryReachAsync(CancellationToken cancellationToken)
    {
        if (settings.Provider == DatabaseProvider.MySql)
        {
            // Asks the server, not the database, which the first migration may still have to create.
            mySqlVersion.Detect();
            return;
        }
        var builder = new Microsoft.Data.Sqlite.SqliteConnectionStringBuilder(settings.ConnectionString);
        var directory = Path.GetDirectoryName(builder.DataSource);
        if (!string.IsNullOrEmpty(directory))
        {
            Directory.CreateDirectory(directory);
        }
        await using var connection = new Microsoft.Data.Sqlite.SqliteConnection(settings.ConnectionString);
        await connection.OpenAsync(cancellationToken);
    }
}

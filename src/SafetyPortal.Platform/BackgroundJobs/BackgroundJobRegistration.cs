using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using MySqlConnector;
using Quartz;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Platform.BackgroundJobs;

/// <summary>
/// Quartz on the portal's own database: its tables (QRTZ_*) come from our migrations, so the
/// store only validates them. On MySQL the nodes form a cluster (one firing runs on one node);
/// the embedded SQLite database serves a single node.
/// </summary>
internal static class BackgroundJobRegistration
{
    /// <summary>SCHED_NAME in every Quartz table: every node of one portal shares it.</summary>
    public const string SchedulerName = "SafetyPortal";
    public const string TablePrefix = "QRTZ_";

    public static void AddPortalBackgroundJobs(this IHostApplicationBuilder builder)
    {
        var section = builder.Configuration.GetSection(BackgroundJobOptions.Section);
        builder.Services.Configure<BackgroundJobOptions>(section);
        // Quartz fixes the store's dialect and the retry policy when it is registered, so these two are read
        // now; the connection string is read at start from the checked DatabaseSettings, like EF's.
        var options = section.Get<BackgroundJobOptions>() ?? new BackgroundJobOptions();
        var provider = ProviderNamedIn(builder.Configuration);

        builder.Services.AddQuartz(quartz =>
        {
            quartz.ConfigureScheduler(scheduler => scheduler.InstanceName = SchedulerName);
            quartz.UseDefaultRetryPolicy(RetryPolicyOf(options));
            quartz.AddJobListener<JobRunRecorder>();
            quartz.UsePersistentStore(store =>
            {
                store.ConfigureStore(ado =>
                {
                    ado.TablePrefix = TablePrefix;
                    ado.StoreJobDataAsStrings = true;
                });
                if (provider == DatabaseProvider.MySql)
                {
                    store.UseMySqlConnector(source => source.DataSourceFactory = services =>
                        new MySqlDataSource(ConnectionStringFor(services, provider)));
                    // Instance ids are generated per node (AUTO); row locks on QRTZ_LOCKS keep two nodes off one firing.
                    store.UseClustering();
                }
                else
                {
                    store.UseSqlite(source => source.DataSourceFactory = services =>
                        SqliteFactory.Instance.CreateDataSource(ConnectionStringFor(services, provider)));
                }
            });
        });
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<IBackgroundJobManager, BackgroundJobManager>();
        builder.Services.AddHostedService<BackgroundJobsStartup>();
    }

    private static RetryPolicy RetryPolicyOf(BackgroundJobOptions options) =>
        options.MaxRetries < 1
            ? RetryPolicy.None
            : RetryPolicy.Exponential(options.MaxRetries, TimeSpan.FromSeconds(Math.Max(0, options.FirstRetryDelaySeconds)), factor: 2);

    /// <summary>An unknown provider is reported by the database start-up, which fails before the scheduler is built.</summary>
    private static DatabaseProvider ProviderNamedIn(IConfiguration configuration) =>
        Enum.TryParse<DatabaseProvider>(configuration[$"{DatabaseOptions.Section}:{nameof(DatabaseOptions.Provider)}"], ignoreCase: true, out var provider)
            ? provider
            : DatabaseProvider.Sqlite;

    private static string ConnectionStringFor(IServiceProvider services, DatabaseProvider registeredFor)
    {
        var settings = services.GetRequiredService<DatabaseSettings>();
        if (settings.Provider != registeredFor)
        {
            throw new InvalidOperationException(
                $"The scheduler was registered for {registeredFor} but the database is {settings.Provider}.");
        }
        return settings.ConnectionString;
    }
}

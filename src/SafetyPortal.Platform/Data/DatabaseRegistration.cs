using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Microsoft.EntityFrameworkCore.Update;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using SafetyPortal.Platform.Auditing;
using SafetyPortal.Platform.Modularity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Data;

internal static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "SafetyPortal.Migrations.Sqlite";
    public const string MySqlMigrationsAssembly = "SafetyPortal.Migrations.MySql";

    public static void AddPortalDatabase(this IHostApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        var contentRoot = builder.Environment.ContentRootPath;
        // Read when first needed (at start), so a bad setting is reported by the host, not thrown from Program.cs.
        builder.Services.AddSingleton(_ => DatabaseSettings.Read(configuration, contentRoot));
        builder.Services.AddSingleton<MySqlServerVersionSource>();
        builder.Services.AddSingleton<Caching.EntityGenerations>();
        builder.Services.AddSingleton<Caching.EntityGenerationsInterceptor>();
        // Pooled: a request leases a context whose EF services (query compiler, provider translators, connection) were
        // built once, instead of building them per request; the options are built once from singletons.
        builder.Services.AddDbContextPool<PortalDbContext>((services, options) =>
        {
            var settings = services.GetRequiredService<DatabaseSettings>();
            PortalContextServices.AddTo(options, services.GetRequiredService<ModuleCatalog>(), services.GetRequiredService<ICurrentTenant>());
            options.AddInterceptors(EntityChangeInterceptor.Instance, UnitOfWorkHooksInterceptor.Instance,
                services.GetRequiredService<Caching.EntityGenerationsInterceptor>());
            if (settings.Provider == DatabaseProvider.MySql)
            {
                var version = services.GetRequiredService<MySqlServerVersionSource>().Version;
                options.AddInterceptors(OneTripSaveInterceptor.Instance, TwoTripTransactionInterceptor.Instance);
                options.ReplaceService<IRelationalCommandBuilderFactory, MySqlParameters.TypedParameterCommandBuilderFactory>();
                options.ReplaceService<IUpdateSqlGenerator, RowsAffected.RowsAffectedSqlGenerator>();
                options.ReplaceService<IModificationCommandBatchFactory, RowsAffected.RowsAffectedCommandBatchFactory>();
                options.UseMySql(settings.ConnectionString, version, mySql => mySql
                    .MigrationsAssembly(MySqlMigrationsAssembly)
                    .EnableRetryOnFailure(maxRetryCount: 5, maxRetryDelay: TimeSpan.FromSeconds(10), errorNumbersToAdd: null));
            }
            else
            {
                options.UseSqlite(settings.ConnectionString, sqlite => sqlite.MigrationsAssembly(SqliteMigrationsAssembly));
            }
        });
        builder.Services.AddScoped<DatabaseStartup>();
        builder.Services.AddHostedService<DatabaseStartupService>();
        builder.Services.AddHealthChecks().AddCheck<DatabaseReadyHealthCheck>("database", tags: [DatabaseReadyHealthCheck.ReadyTag]);
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace SafetyPortal.Platform.Data;

internal static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "SafetyPortal.Migrations.Sqlite";
    public const string MySqlMigrationsAssembly = "SafetyPortal.Migrations.MySql";

    public static void AddPortalDatabase(this IHostApplicationBuilder builder)
    {
        var settings = DatabaseSettings.Read(builder.Configuration, builder.Environment.ContentRootPath);
        builder.Services.AddSingleton(settings);
        builder.Services.AddSingleton<MySqlServerVersionSource>();
        builder.Services.AddDbContext<PortalDbContext>((services, options) =>
        {
            if (settings.Provider == DatabaseProvider.MySql)
            {
                var version = services.GetRequiredService<MySqlServerVersionSource>().Version;
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
    }
}

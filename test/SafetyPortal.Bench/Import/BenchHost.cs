using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Hosting;

namespace SafetyPortal.Bench.Import;

/// <summary>The portal's services (platform and every module with tables, see BenchModules) on a MariaDB database, without the web server.</summary>
internal static class BenchHost
{
    public static IHost Build(string connectionString, string contentRoot)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = contentRoot,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:Default"] = connectionString,
            ["Database:SeedDemoOnFirstStart"] = "false",
            // The workflow module is composed for its tables only: no job worker in these benchmarks.
            ["Workflows:JobsEnabled"] = "false",
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("SafetyPortal.Organization.Import", LogLevel.Information);
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.AddPortalPlatform();
        BenchModules.AddAll(builder);
        return builder.Build();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafetyPortal.Organization;
using SafetyPortal.Platform.Hosting;
using SafetyPortal.Risks;

namespace SafetyPortal.Bench.Import;

/// <summary>The portal's services (platform, Organization and Risks modules) on a MariaDB database, without the web server.</summary>
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
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning)
            .AddFilter("SafetyPortal.Organization.Import", LogLevel.Information);
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.AddPortalPlatform();
        builder.AddModule<OrganizationModule>();
        builder.AddModule<RisksModule>();
        return builder.Build();
    }
}

using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Hosting;

namespace SafetyPortal.Bench.Workflows;

/// <summary>A portal node without the web server: platform and every module with tables (BenchModules) on one MariaDB database.</summary>
internal static class WorkflowBenchHost
{
    public static IHost Build(string connectionString, bool jobs)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings
        {
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
            DisableDefaults = true,
        });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = "MySql",
            ["ConnectionStrings:Default"] = connectionString,
            ["Database:SeedDemoOnFirstStart"] = "false",
            ["BackgroundJobs:Enabled"] = "false",
            ["Workflows:JobsEnabled"] = jobs ? "true" : "false",
            ["Workflows:BatchSize"] = "500",
            ["Workflows:PollMilliseconds"] = "100",
        });
        builder.Logging.AddSimpleConsole().SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddLocalization(options => options.ResourcesPath = "Resources");
        builder.Services.AddHttpContextAccessor();
        builder.AddPortalPlatform();
        BenchModules.AddAll(builder);
        return builder.Build();
    }
}

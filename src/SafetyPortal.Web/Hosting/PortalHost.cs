using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Hosting;
using SafetyPortal.Platform.Seeding;

namespace SafetyPortal.Web.Hosting;

/// <summary>Builds the app, then serves it or runs the seed command; a start that cannot succeed ends with one clear line.</summary>
public static class PortalHost
{
    public static async Task<int> RunAsync(WebApplicationBuilder builder, PortalCommand command)
    {
        var app = builder.Build();
        app.UsePortalWeb();
        try
        {
            if (command.Seed)
            {
                await SeedAsync(app, command.Demo);
                return 0;
            }
            await app.RunAsync();
            return 0;
        }
        catch (PortalStartupException ex)
        {
            app.Logger.LogCritical("SafetyPortal cannot start. {Setting}: {Problem}", ex.Setting, ex.Problem);
            return 1;
        }
        catch (OptionsValidationException ex)
        {
            // Settings checked when the host starts (ValidateOnStart, e.g. Files): each failure begins with its key.
            app.Logger.LogCritical("SafetyPortal cannot start. {Problems}", string.Join(" ", ex.Failures));
            return 1;
        }
        catch (Exception ex) when (ex is not OperationCanceledException && ex.GetType().Name != "HostAbortedException")
        {
            app.Logger.LogCritical(ex, "SafetyPortal stopped unexpectedly");
            return 1;
        }
    }

    private static async Task SeedAsync(WebApplication app, bool demo)
    {
        await using var scope = app.Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DatabaseStartup>().InitializeAsync();
        if (demo)
        {
            await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IsDemo: true));
        }
        app.Logger.LogInformation("Seeding finished{Demo}", demo ? " (demo data included)" : "");
    }
}

using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Seeding;
using SafetyPortal.Platform.Sms;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>
/// The real host on one database provider, with a database of its own and the demo seeded.
/// Subclasses say which provider; the same test cases run on each (see ProviderMatrix).
/// </summary>
public abstract class PortalFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    protected abstract string Provider { get; }
    protected abstract string ConnectionString { get; }

    /// <summary>Text messages the portal sent (password reset codes), instead of a real gateway.</summary>
    public CapturingSmsSender Sms { get; } = new();

    /// <summary>Uploaded files of this host go to a folder of their own under the system's temporary folder.</summary>
    public string FilesRoot { get; } = Path.Combine(Path.GetTempPath(), "safetyportal-files", Guid.NewGuid().ToString("N"));

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.UseSetting("Database:Provider", Provider);
        builder.UseSetting("ConnectionStrings:Default", ConnectionString);
        builder.UseSetting("Database:StartupAttempts", "3");
        builder.UseSetting("MultiTenancy:DomainFormat", "{0}.portal.test");
        builder.UseSetting("Serilog:MinimumLevel:Default", "Warning");
        builder.UseSetting("Files:Root", FilesRoot);
        // Failed jobs come back within a second, not half a minute: 0.2 s, 0.4 s, 0.8 s.
        builder.UseSetting("BackgroundJobs:MaxRetries", "3");
        builder.UseSetting("BackgroundJobs:FirstRetryDelaySeconds", "0.2");
        // Workflow activities fail fast in tests: one retry after 0.1 s, then an incident.
        builder.UseSetting("Workflows:MaxRetries", "1");
        builder.UseSetting("Workflows:FirstRetryDelaySeconds", "0.1");
        builder.UseSetting("Workflows:PollMilliseconds", "200");
        builder.UseSetting("Exams:MistakeBook:PollMilliseconds", "200");
        builder.ConfigureTestServices(services => services.AddSingleton<ISmsSender>(Sms));
    }

    public virtual async Task InitializeAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        await scope.ServiceProvider.GetRequiredService<DataSeeder>().SeedAsync(new DataSeedContext(IsDemo: true));
    }

    public PortalClient CreatePortalClient() =>
        new(CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = true }));

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await DropDatabaseAsync();
        await TemporaryFolders.DeleteAsync(FilesRoot);
    }

    protected abstract Task DropDatabaseAsync();
}

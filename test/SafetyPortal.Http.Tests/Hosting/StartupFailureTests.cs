using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>A portal that cannot start says so in one line naming the setting, and exits non-zero.</summary>
public sealed class StartupFailureTests : IDisposable
{
    private readonly DirectoryInfo _root = Directory.CreateTempSubdirectory("safetyportal-start-");

    [Fact]
    public async Task Unknown_provider_stops_the_portal_naming_the_setting()
    {
        var outcome = await PortalProcess.RunAsync(_root.FullName, "--Database:Provider=Oracle");
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("Database:Provider", line);
        Assert.Contains("'Oracle'", line);
    }

    [Fact]
    public async Task Malformed_connection_string_stops_the_portal_naming_the_setting()
    {
        var outcome = await PortalProcess.RunAsync(_root.FullName, "--Database:Provider=MySql", "--ConnectionStrings:Default=Server=db;Databse=portal;Nonsense");
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("ConnectionStrings:Default", line);
        Assert.Contains("malformed", line);
    }

    [Fact]
    public async Task Unreachable_database_stops_the_portal_after_bounded_retries()
    {
        var outcome = await PortalProcess.RunAsync(_root.FullName,
            "--Database:Provider=MySql",
            "--ConnectionStrings:Default=Server=127.0.0.1;Port=1;Database=portal;User ID=root;Password=x;Connection Timeout=2",
            "--Database:StartupAttempts=2",
            "--Database:StartupRetryDelaySeconds=0.1");
        Assert.Equal(1, outcome.ExitCode);
        Assert.Contains("attempt 1 of 2", outcome.Output);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("ConnectionStrings:Default", line);
        Assert.Contains("cannot be reached after 2 attempts", line);
    }

    [Fact]
    public async Task An_s3_file_store_without_a_bucket_stops_the_portal_naming_the_setting()
    {
        var outcome = await PortalProcess.RunAsync(_root.FullName, "--Files:Provider=S3", "--Files:S3:ServiceUrl=http://127.0.0.1:1");
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("Files:S3:Bucket", line);
    }

    [Fact]
    public async Task An_unknown_file_store_stops_the_portal_naming_the_setting()
    {
        var outcome = await PortalProcess.RunAsync(_root.FullName, "--Files:Provider=Ftp");
        Assert.Equal(1, outcome.ExitCode);
        var line = Assert.Single(outcome.Output.Split('\n'), l => l.Contains("cannot start", StringComparison.Ordinal));
        Assert.Contains("Files:Provider: 'Ftp' is not a known provider", line);
    }

    public void Dispose() => _root.Delete(recursive: true);
}

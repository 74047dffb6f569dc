using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Diagnostics.HealthChecks;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;
using SafetyPortal.Platform.Files;
using SafetyPortal.Platform.Files.S3;

namespace SafetyPortal.Platform.Tests.Files;

/// <summary>Files:Provider picks the store; a store that cannot work stops the start; readiness asks the bucket.</summary>
public sealed class FileStoreConfigurationTests(S3rverFixture s3rver) : IClassFixture<S3rverFixture>
{
    [Fact]
    public void Without_a_provider_files_go_to_the_local_folder()
    {
        using var services = Services(new Dictionary<string, string?>());

        Assert.IsType<FileSystemFileStore>(services.CreateScope().ServiceProvider.GetRequiredService<IFileStore>());
    }

    [Fact]
    public void The_s3_provider_keeps_files_in_the_bucket()
    {
        using var services = Services(s3rver.Server.FileStoreSettings());

        Assert.IsType<S3FileStore>(services.CreateScope().ServiceProvider.GetRequiredService<IFileStore>());
    }

    [Theory]
    [InlineData("Files:Provider", "Azure", "'Azure' is not a known provider; use FileSystem or S3")]
    [InlineData("Files:S3:Bucket", "", "Files:S3:Bucket: is empty")]
    [InlineData("Files:S3:ServiceUrl", "", "Files:S3:ServiceUrl: is empty")]
    [InlineData("Files:S3:ServiceUrl", "minio:9000", "'minio:9000' is not an http:// or https:// address")]
    [InlineData("Files:S3:SecretKey", "", "give both or neither")]
    public async Task A_store_that_cannot_work_stops_the_start_naming_the_setting(string key, string value, string message)
    {
        var builder = Host.CreateApplicationBuilder(new HostApplicationBuilderSettings { DisableDefaults = true });
        builder.Configuration.AddInMemoryCollection(s3rver.Server.FileStoreSettings());
        builder.Configuration[key] = value;
        builder.Services.AddLocalization();
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddPortalFileStore(builder.Configuration);
        using var host = builder.Build();

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync());

        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Readiness_answers_healthy_while_the_bucket_answers_and_names_the_bucket_when_it_does_not()
    {
        using var healthy = Services(s3rver.Server.FileStoreSettings());
        var missing = s3rver.Server.FileStoreSettings();
        missing["Files:S3:Bucket"] = "no-such-bucket";
        using var unhealthy = Services(missing);

        var up = await healthy.GetRequiredService<HealthCheckService>().CheckHealthAsync();
        var down = await unhealthy.GetRequiredService<HealthCheckService>().CheckHealthAsync();

        Assert.Equal(HealthStatus.Healthy, up.Entries["files"].Status);
        Assert.Equal(HealthStatus.Unhealthy, down.Entries["files"].Status);
        Assert.Contains("'no-such-bucket'", down.Entries["files"].Description, StringComparison.Ordinal);
        Assert.Contains("404", down.Entries["files"].Description, StringComparison.Ordinal);
    }

    private static ServiceProvider Services(IDictionary<string, string?> settings) => FileStoreServices.Build(settings, Path.GetTempPath());
}

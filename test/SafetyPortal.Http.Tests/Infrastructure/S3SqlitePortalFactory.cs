using Microsoft.AspNetCore.Hosting;
using SafetyPortal.S3Testing;

namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>The SQLite host with Files:Provider S3: uploads go to a bucket of a real S3-compatible server (s3rver) of its own.</summary>
public sealed class S3SqlitePortalFactory : SqlitePortalFactory
{
    private S3rver? _server;

    /// <summary>The server holding this host's files.</summary>
    public S3rver S3rver => _server ?? throw new InvalidOperationException("The factory has not been initialised.");

    public override async Task InitializeAsync()
    {
        _server = await S3rver.StartAsync();
        await base.InitializeAsync();
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        foreach (var (key, value) in S3rver.FileStoreSettings())
        {
            builder.UseSetting(key, value);
        }
    }

    /// <summary>The bucket goes with the database, after the host has stopped.</summary>
    protected override async Task DropDatabaseAsync()
    {
        await base.DropDatabaseAsync();
        if (_server is not null)
        {
            await _server.DisposeAsync();
        }
    }
}

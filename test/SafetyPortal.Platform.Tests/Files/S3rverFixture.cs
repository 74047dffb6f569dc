using SafetyPortal.S3Testing;

namespace SafetyPortal.Platform.Tests.Files;

/// <summary>One s3rver for the tests of a class, stopped after them.</summary>
public sealed class S3rverFixture : IAsyncLifetime
{
    public S3rver Server { get; private set; } = null!;

    public async Task InitializeAsync() => Server = await S3rver.StartAsync();

    public Task DisposeAsync() => Server.DisposeAsync().AsTask();
}

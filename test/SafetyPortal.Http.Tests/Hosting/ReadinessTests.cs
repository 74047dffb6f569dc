using System.Net;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>The load balancer's probe: ready only while the database answers with the portal's schema.</summary>
public sealed class ReadinessTests : IAsyncLifetime
{
    private readonly SqlitePortalFactory _factory = new();

    [Fact]
    public async Task Ready_turns_unhealthy_when_the_database_is_gone_while_live_stays_up()
    {
        using var client = _factory.CreatePortalClient();
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/ready")).StatusCode);

        File.Delete(_factory.DatabaseFile);

        var ready = await client.Http.GetAsync("/health/ready");
        Assert.Equal(HttpStatusCode.ServiceUnavailable, ready.StatusCode);
        Assert.Equal("Unhealthy", await ready.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
    }

    public Task InitializeAsync() => _factory.InitializeAsync();

    public Task DisposeAsync() => ((IAsyncLifetime)_factory).DisposeAsync();
}

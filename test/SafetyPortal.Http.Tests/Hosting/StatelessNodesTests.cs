using System.Net;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Hosting;

/// <summary>
/// Several portal nodes behind a load balancer on one MariaDB: a user signed in on one node is signed
/// in on every node, because data-protection keys live in the database, not in a node's memory.
/// </summary>
public sealed class StatelessNodesTests : IAsyncLifetime
{
    private static readonly Uri BaseAddress = new("http://localhost");
    private readonly string _database = MariaDbServer.NewDatabaseName();
    private SharedDatabaseFactory _first = null!;
    private SharedDatabaseFactory _second = null!;

    [Fact]
    public async Task Cookie_from_the_first_node_signs_the_user_in_on_the_second()
    {
        var browserCookies = new CookieContainer();
        using var first = new PortalClient(_first.CreateDefaultClient(BaseAddress, new CookieContainerHandler(browserCookies)));
        await first.SignedInAsync("chengxiang", "townadmin");

        using var second = new PortalClient(_second.CreateDefaultClient(BaseAddress, new CookieContainerHandler(browserCookies)));
        var response = await second.Http.GetAsync("/Organization/Enterprises");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("城厢精密机械有限公司", await response.Content.ReadAsStringAsync());

        // A form rendered by one node posts to the other: antiforgery tokens cross nodes too.
        var token = await first.GetAntiforgeryTokenAsync("/");
        var signOut = await second.Http.PostAsync("/Account/Logout",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, signOut.StatusCode);
    }

    public async Task InitializeAsync()
    {
        _first = new SharedDatabaseFactory(_database);
        await _first.InitializeAsync();
        _second = new SharedDatabaseFactory(_database);
        await _second.InitializeAsync();
    }

    public async Task DisposeAsync()
    {
        await _first.DisposeAsync();
        await _second.DisposeAsync();
        await MariaDbServer.DropAsync(_database);
    }

    /// <summary>Two factories, one database: the second node starts on the schema the first one migrated.</summary>
    private sealed class SharedDatabaseFactory(string database) : MariaDbPortalFactory
    {
        protected override string ConnectionString => MariaDbServer.ForDatabase(database);

        protected override Task DropDatabaseAsync() => Task.CompletedTask;
    }
}

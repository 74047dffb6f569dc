using System.Net;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.MultiTenancy;

/// <summary>How a request finds its town: sign-in claim first, then sub-domain, header, query, cookie.</summary>
public abstract class TenantResolutionTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Enterprises = "/api/organization/enterprises";

    private static HttpRequestMessage Get(string url, string? tenantHeader = null, string? host = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (tenantHeader is not null)
        {
            request.Headers.Add("__tenant", tenantHeader);
        }
        if (host is not null)
        {
            request.Headers.Host = host;
        }
        return request;
    }

    [Fact]
    public async Task A_signed_in_user_naming_another_town_is_refused_with_403()
    {
        using var client = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var byHeader = await client.Http.SendAsync(Get(Enterprises, tenantHeader: "shaxi"));
        Assert.Equal(HttpStatusCode.Forbidden, byHeader.StatusCode);
        Assert.Contains("shaxi", await byHeader.Content.ReadAsStringAsync());
        var byQuery = await client.Http.SendAsync(Get($"{Enterprises}?__tenant=shaxi"));
        Assert.Equal(HttpStatusCode.Forbidden, byQuery.StatusCode);
    }

    [Fact]
    public async Task Naming_the_own_town_explicitly_is_allowed()
    {
        using var client = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        Assert.Equal(HttpStatusCode.OK, (await client.Http.SendAsync(Get(Enterprises, tenantHeader: "chengxiang"))).StatusCode);
    }

    [Fact]
    public async Task Bureau_staff_naming_a_town_are_refused_rather_than_silently_served_bureau_data()
    {
        using var client = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.SendAsync(Get("/api/organization/tenants", tenantHeader: "shaxi"))).StatusCode);
    }

    [Fact]
    public async Task A_town_sub_domain_preselects_the_town_on_the_login_page()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.Http.SendAsync(Get("/Account/Login", host: "shaxi.portal.test"));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("<option value=\"shaxi\" selected=\"selected\">", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_sub_domain_answers_404()
    {
        using var client = factory.CreatePortalClient();
        var response = await client.Http.SendAsync(Get("/Account/Login", host: "atlantis.portal.test"));
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>Bureau staff switch into a town, act there as its users with their own name in the audit log, and come back.</summary>
public abstract class TownSwitchTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Towns = "/api/organization/tenants";
    private const string Me = "/api/account/me";

    private Task<PortalClient> SignedInAsync(string? town, string userName) => factory.CreatePortalClient().SignedInAsync(town, userName);

    private static async Task<Guid> TownIdAsync(PortalClient bureau, string code)
    {
        var page = await bureau.GetJsonAsync<PagedDocument<TenantDocument>>($"{Towns}?search={code}");
        return Assert.Single(page!.Items, t => t.Code == code).Id;
    }

    private static Task<HttpResponseMessage> EnterAsync(HttpClient client, Guid townId, string? userName = null, bool cookies = true) =>
        client.PostAsJsonAsync($"{Towns}/{townId}/enter{(cookies ? "?useCookies=true" : "")}", new { userName });

    [Fact]
    public async Task Bureau_admin_switches_into_a_town_works_there_as_its_admin_and_goes_back()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var admin = await bureau.GetJsonAsync<MeDocument>(Me);
        var shaxi = await TownIdAsync(bureau, "shaxi");

        Assert.Equal(HttpStatusCode.NoContent, (await EnterAsync(bureau.Http, shaxi)).StatusCode);
        var inTown = await bureau.GetJsonAsync<MeDocument>(Me);
        Assert.Equal(("shaxi", "townadmin"), (inTown!.Tenant?.Code, inTown.UserName));
        Assert.Contains("TownAdmin", inTown.Roles);
        Assert.Equal(admin!.Id, inTown.Impersonator?.Id);
        Assert.Equal(admin.DisplayName, inTown.Impersonator?.DisplayName);
        var enterprises = await bureau.Http.GetStringAsync("/api/organization/enterprises?pageSize=100");
        Assert.Contains("沙溪粉末冶金有限公司", enterprises);
        Assert.DoesNotContain("城厢精密机械有限公司", enterprises);
        var dashboard = await bureau.Http.GetStringAsync("/");
        Assert.Contains("data-testid=\"impersonation-banner\"", dashboard);
        Assert.Contains("返回市局", dashboard);

        Assert.Equal(HttpStatusCode.NoContent, (await bureau.Http.PostAsync($"{Towns}/leave?useCookies=true", null)).StatusCode);
        var back = await bureau.GetJsonAsync<MeDocument>(Me);
        Assert.Equal((admin.Id, null, null), (back!.Id, back.Tenant, back.Impersonator));
        Assert.DoesNotContain("impersonation-banner", await bureau.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task A_write_made_after_switching_in_names_the_bureau_user_in_the_town_audit_log()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var adminId = (await bureau.GetJsonAsync<MeDocument>(Me))!.Id;
        var chengxiang = await TownIdAsync(bureau, "chengxiang");
        Assert.Equal(HttpStatusCode.NoContent, (await EnterAsync(bureau.Http, chengxiang)).StatusCode);
        var enterprise = (await bureau.GetJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises?search=城厢精密"))!.Items[0];
        var created = await bureau.Http.PostAsJsonAsync($"/api/organization/units/{enterprise.Id}/children",
            new { displayName = $"代入车间{Guid.NewGuid():N}"[..12], kind = "Workshop" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var town = await SignedInAsync("chengxiang", "townadmin");
        var entries = await town.GetJsonAsync<PagedDocument<AuditLogDocument>>(
            $"/api/audit-logs?url={enterprise.Id}/children&httpMethod=POST&pageSize=50");
        var entry = await town.GetJsonAsync<AuditLogDetailDocument>($"/api/audit-logs/{entries!.Items[0].Id}");
        Assert.Equal(("townadmin", "城厢镇", adminId), (entry!.UserName, entry.TenantName, entry.ImpersonatorUserId));
        Assert.Contains("(admin)", entry.ImpersonatorName);
        var page = await town.Http.GetStringAsync($"/AuditLogging/AuditLogs/{entry.Id}");
        Assert.Contains("(admin)", page);

        using var bureauReader = await SignedInAsync(null, "admin");
        var switches = await bureauReader.GetJsonAsync<PagedDocument<AuditLogDocument>>($"/api/audit-logs?url={chengxiang}/enter");
        Assert.Contains(switches!.Items, e => (e.UserName, e.TenantName, e.HttpStatusCode) == ("admin", null, 204));
        Assert.DoesNotContain(switches.Items, e => e.UserName == "townadmin");
    }

    [Fact]
    public async Task Switching_in_as_a_named_user_shows_what_that_user_sees()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var shaxi = await TownIdAsync(bureau, "shaxi");
        var unknown = await EnterAsync(bureau.Http, shaxi, "nobody-here");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("nobody-here", problem!.Errors!["UserName"][0]);

        Assert.Equal(HttpStatusCode.NoContent, (await EnterAsync(bureau.Http, shaxi, "manager")).StatusCode);
        var me = await bureau.GetJsonAsync<MeDocument>(Me);
        Assert.Equal(("manager", "shaxi"), (me!.UserName, me.Tenant?.Code));
        Assert.NotEmpty(me.OrganizationUnits);
        Assert.NotNull(me.Impersonator);
        // The bureau user acts for the manager but does not get to change the manager's sign-in factors.
        Assert.Equal(HttpStatusCode.Forbidden, (await bureau.Http.PostAsync("/api/account/authenticator/disable", null)).StatusCode);
    }

    [Fact]
    public async Task Town_users_cannot_switch_and_a_switched_in_user_cannot_switch_again()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var shaxi = await TownIdAsync(bureau, "shaxi");
        var chengxiang = await TownIdAsync(bureau, "chengxiang");
        using var townAdmin = await SignedInAsync("chengxiang", "townadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await EnterAsync(townAdmin.Http, shaxi)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await townAdmin.Http.PostAsync($"{Towns}/leave?useCookies=true", null)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await EnterAsync(bureau.Http, chengxiang)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await EnterAsync(bureau.Http, shaxi)).StatusCode);
        Assert.Equal("chengxiang", (await bureau.GetJsonAsync<MeDocument>(Me))!.Tenant?.Code);
    }

    [Fact]
    public async Task A_disabled_town_cannot_be_entered_and_the_message_names_it()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var code = $"t{Guid.NewGuid():N}"[..12];
        var town = await (await bureau.Http.PostAsJsonAsync(Towns, new { code, name = $"停用镇{code}" })).Content.ReadFromJsonAsync<TenantDocument>();
        await bureau.Http.PutAsJsonAsync($"{Towns}/{town!.Id}", new { code, name = town.Name, isActive = false, town.ConcurrencyStamp });

        var response = await EnterAsync(bureau.Http, town.Id);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains(town.Name, problem!.Errors!["TenantId"][0]);
        Assert.Null((await bureau.GetJsonAsync<MeDocument>(Me))!.Tenant);
    }

    [Fact]
    public async Task An_api_client_switches_with_its_token_and_a_refreshed_token_still_names_the_bureau_user()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var shaxi = await TownIdAsync(bureau, "shaxi");
        using var api = await factory.TokenClientAsync(null, "admin");

        var entered = await EnterAsync(api, shaxi, cookies: false);
        Assert.Equal(HttpStatusCode.OK, entered.StatusCode);
        var token = await entered.Content.ReadFromJsonAsync<AccessTokenDocument>();
        using var inTown = factory.CreateApiClient();
        inTown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token!.AccessToken);
        var me = await inTown.GetFromJsonAsync<MeDocument>(Me);
        Assert.Equal(("shaxi", "admin"), (me!.Tenant?.Code, me.Impersonator is null ? null : "admin"));

        var refreshed = await factory.CreateApiClient().PostAsJsonAsync("/api/account/refresh", new { token.RefreshToken });
        var second = await refreshed.Content.ReadFromJsonAsync<AccessTokenDocument>();
        inTown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", second!.AccessToken);
        Assert.Equal(me.Impersonator, (await inTown.GetFromJsonAsync<MeDocument>(Me))!.Impersonator);

        var left = await inTown.PostAsync($"{Towns}/leave", null);
        var bureauToken = await left.Content.ReadFromJsonAsync<AccessTokenDocument>();
        inTown.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", bureauToken!.AccessToken);
        var back = await inTown.GetFromJsonAsync<MeDocument>(Me);
        Assert.Equal(("admin", null, null), (back!.UserName, back.Tenant, back.Impersonator));
    }

    [Fact]
    public async Task The_town_list_page_switches_into_a_town_with_one_button()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var html = await bureau.Http.GetStringAsync("/Organization/Tenants?search=shaxi");
        Assert.Contains("data-testid=\"enter-shaxi\"", html);
        var shaxi = await TownIdAsync(bureau, "shaxi");
        var token = await bureau.GetAntiforgeryTokenAsync("/Organization/Tenants?search=shaxi");
        var response = await bureau.Http.PostAsync($"/Organization/Tenants?handler=Enter&id={shaxi}",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("沙溪镇", await bureau.Http.GetStringAsync("/"));

        var leaveToken = await bureau.GetAntiforgeryTokenAsync("/");
        var left = await bureau.Http.PostAsync("/Organization/Tenants/Leave",
            new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = leaveToken }));
        Assert.Equal(HttpStatusCode.Redirect, left.StatusCode);
        Assert.Null((await bureau.GetJsonAsync<MeDocument>(Me))!.Tenant);
    }
}

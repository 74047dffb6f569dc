using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>Outside programs sign in through POST /api/account/login and call every API with the bearer token.</summary>
public abstract class ApiSignInTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task Bureau_admin_token_opens_the_town_list_and_a_town_admin_token_gets_403()
    {
        var login = await factory.CreateApiClient().LoginAsync(null, "admin");
        Assert.Equal(HttpStatusCode.OK, login.StatusCode);
        var token = await login.Content.ReadFromJsonAsync<AccessTokenDocument>();
        Assert.Equal("Bearer", token!.TokenType);
        Assert.False(string.IsNullOrEmpty(token.AccessToken));
        Assert.Equal(3600, token.ExpiresIn);

        using var bureau = factory.CreateApiClient();
        bureau.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", token.AccessToken);
        var towns = await bureau.GetFromJsonAsync<PagedDocument<TenantDocument>>("/api/organization/tenants");
        Assert.Contains(towns!.Items, t => t.Code == "chengxiang");

        using var town = await factory.TokenClientAsync("chengxiang", "townadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await town.GetAsync("/api/organization/tenants")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await town.GetAsync("/api/organization/enterprises")).StatusCode);
    }

    [Fact]
    public async Task Me_names_the_town_the_roles_and_the_granted_permissions()
    {
        using var town = await factory.TokenClientAsync("chengxiang", "townadmin");
        var me = await town.GetFromJsonAsync<MeDocument>("/api/account/me");
        Assert.Equal("townadmin", me!.UserName);
        Assert.Equal("陈建国", me.DisplayName);
        Assert.Equal("chengxiang", me.Tenant!.Code);
        Assert.Equal("城厢镇", me.Tenant.Name);
        Assert.Equal(["TownAdmin"], me.Roles);
        Assert.Contains("Organization.Enterprises", me.Permissions);
        Assert.Contains("Identity.Users.ManagePermissions", me.Permissions);
        Assert.DoesNotContain("Organization.Tenants", me.Permissions);
        Assert.NotNull(me.OrganizationUnits);

        using var bureau = await factory.TokenClientAsync(null, "admin");
        var bureauMe = await bureau.GetFromJsonAsync<MeDocument>("/api/account/me");
        Assert.Null(bureauMe!.Tenant);
        Assert.Contains("Organization.Tenants", bureauMe.Permissions);
        Assert.NotEqual(me.Id, bureauMe.Id);
    }

    [Fact]
    public async Task Without_a_token_or_with_a_forged_one_the_api_answers_401()
    {
        using var client = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.Unauthorized, (await client.GetAsync("/api/account/me")).StatusCode);
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "not-a-token");
        var response = await client.GetAsync("/api/account/me");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
    }

    [Fact]
    public async Task Wrong_password_answers_401_problem_with_a_clear_title()
    {
        var response = await factory.CreateApiClient().LoginAsync("chengxiang", "townadmin", "Wrong-1q2w");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Equal("用户名或密码错误。", problem!.Title);
    }

    [Fact]
    public async Task An_unknown_or_disabled_town_is_named_in_the_answer()
    {
        var unknown = await factory.CreateApiClient().LoginAsync("atlantis", "admin");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var problem = await unknown.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("atlantis", problem!.Errors!["Tenant"][0]);

        using var bureau = await factory.TokenClientAsync(null, "admin");
        var code = IdentityApi.NewName("off");
        var created = await bureau.PostAsJsonAsync("/api/organization/tenants", new { code, name = $"停用{code}", isActive = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var disabled = await factory.CreateApiClient().LoginAsync(code, "admin");
        Assert.Equal(HttpStatusCode.BadRequest, disabled.StatusCode);
        Assert.Contains(code, (await disabled.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Tenant"][0]);
    }

    [Fact]
    public async Task Use_cookies_signs_the_browser_in_instead()
    {
        using var browser = factory.CreatePortalClient();
        var response = await browser.Http.PostAsJsonAsync($"{ApiClients.Login}?useCookies=true",
            new { tenant = "chengxiang", userName = "townadmin", password = PortalClient.DemoPassword });
        Assert.Equal(HttpStatusCode.NoContent, response.StatusCode);
        var dashboard = await browser.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.OK, dashboard.StatusCode);
        Assert.Contains("陈建国", await dashboard.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_refresh_token_gets_a_new_access_token_in_the_same_town()
    {
        var login = await factory.CreateApiClient().LoginAsync("shaxi", "townadmin");
        var token = await login.Content.ReadFromJsonAsync<AccessTokenDocument>();
        using var client = factory.CreateApiClient();
        var refreshed = await client.PostAsJsonAsync("/api/account/refresh", new { token!.RefreshToken });
        Assert.Equal(HttpStatusCode.OK, refreshed.StatusCode);
        var fresh = await refreshed.Content.ReadFromJsonAsync<AccessTokenDocument>();
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", fresh!.AccessToken);
        Assert.Equal("shaxi", (await client.GetFromJsonAsync<MeDocument>("/api/account/me"))!.Tenant!.Code);

        var forged = await factory.CreateApiClient().PostAsJsonAsync("/api/account/refresh", new { refreshToken = "forged" });
        Assert.Equal(HttpStatusCode.Unauthorized, forged.StatusCode);
    }

    [Fact]
    public async Task The_same_user_name_in_two_towns_is_two_people()
    {
        var userName = IdentityApi.NewName("zs");
        using var chengxiang = await factory.TokenClientAsync("chengxiang", "townadmin");
        using var shaxi = await factory.TokenClientAsync("shaxi", "townadmin");
        var first = await chengxiang.CreateUserAsync(userName, "Chengxiang-1");
        var second = await shaxi.CreateUserAsync(userName, "Shaxi-2");
        Assert.NotEqual(first.Id, second.Id);

        var api = factory.CreateApiClient();
        Assert.Equal(HttpStatusCode.OK, (await api.LoginAsync("chengxiang", userName, "Chengxiang-1")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.LoginAsync("chengxiang", userName, "Shaxi-2")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await api.LoginAsync("shaxi", userName, "Shaxi-2")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await api.LoginAsync("shaxi", userName, "Chengxiang-1")).StatusCode);

        using var inShaxi = await factory.TokenClientAsync("shaxi", userName, "Shaxi-2");
        var me = await inShaxi.GetFromJsonAsync<MeDocument>("/api/account/me");
        Assert.Equal(second.Id, me!.Id);
        Assert.Equal("shaxi", me.Tenant!.Code);
    }

    [Fact]
    public async Task A_town_user_signs_in_by_mobile_number_on_the_api_and_the_login_page()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var phone = IdentityApi.NewPhone();
        var user = await admin.CreateUserAsync(IdentityApi.NewName("ph"), phone: phone);

        using var byPhone = await factory.TokenClientAsync("chengxiang", phone, IdentityApi.StrongPassword);
        Assert.Equal(user.Id, (await byPhone.GetFromJsonAsync<MeDocument>("/api/account/me"))!.Id);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateApiClient().LoginAsync("shaxi", phone, IdentityApi.StrongPassword)).StatusCode);

        using var browser = factory.CreatePortalClient();
        var page = await browser.SignInAsync("chengxiang", $"{phone[..3]} {phone[3..7]} {phone[7..]}", IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.Contains(user.DisplayName, await browser.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task Five_wrong_passwords_lock_the_account_and_the_answer_says_so()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var userName = IdentityApi.NewName("lk");
        await admin.CreateUserAsync(userName);
        var api = factory.CreateApiClient();
        for (var i = 0; i < 5; i++)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await api.LoginAsync("chengxiang", userName, "Wrong-1q2w")).StatusCode);
        }
        var locked = await api.LoginAsync("chengxiang", userName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.Unauthorized, locked.StatusCode);
        var problem = await locked.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Equal("账号已锁定。", problem!.Title);
        Assert.Contains("联系管理员", problem.Detail);
    }

    [Fact]
    public async Task The_OpenAPI_document_lists_sign_in_and_the_identity_endpoints()
    {
        var document = await factory.CreateApiClient().GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/account/login", "/api/account/me", "/api/account/forgot-password", "/api/identity/users", "/api/identity/roles", "/api/identity/permissions" })
        {
            Assert.Contains($"\"{path}\"", document);
        }
    }

    [Fact]
    public async Task Missing_user_name_and_password_are_named_in_a_400()
    {
        var response = await factory.CreateApiClient().PostAsJsonAsync(ApiClients.Login, new { tenant = "chengxiang" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Equal("请输入用户名或手机号。", problem!.Errors!["UserName"][0]);
        Assert.Equal("请输入密码。", problem.Errors["Password"][0]);
    }
}

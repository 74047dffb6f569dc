using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Shell;

/// <summary>The shell a newcomer meets: login, dashboard, menus, languages, error pages, API conventions.</summary>
public abstract class ShellTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private PortalClient NewClient() => factory.CreatePortalClient();

    [Fact]
    public async Task Login_page_speaks_Chinese_and_lists_every_town()
    {
        using var client = NewClient();
        var html = await client.Http.GetStringAsync("/Account/Login");
        Assert.Contains("<html lang=\"zh-CN\">", html);
        Assert.Contains("安全生产监管与教育平台", html);
        Assert.Contains("用户名", html);
        foreach (var town in new[] { "城厢镇", "沙溪镇", "浏河镇", "浮桥镇", "璜泾镇", "双凤镇", "太仓港经济技术开发区", "科教新城" })
        {
            Assert.Contains(town, html);
        }
    }

    [Fact]
    public async Task Visitor_is_sent_to_the_login_page()
    {
        using var client = NewClient();
        var response = await client.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("/Account/Login", response.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Bureau_admin_signs_in_and_sees_the_dashboard_with_the_module_menu()
    {
        using var client = await NewClient().SignedInAsync(null, "admin");
        var html = await client.Http.GetStringAsync("/");
        Assert.Contains("工作台", html);
        Assert.Contains("市应急管理局管理员", html);
        Assert.Contains("href=\"/Organization/Tenants\"", html);
        Assert.DoesNotContain("href=\"/Organization/Enterprises\"", html);
    }

    [Fact]
    public async Task Town_admin_sees_the_town_menu_and_the_town_in_the_top_bar()
    {
        using var client = await NewClient().SignedInAsync("chengxiang", "townadmin");
        var html = await client.Http.GetStringAsync("/");
        Assert.Contains("陈建国", html);
        Assert.Contains("href=\"/Organization/Enterprises\"", html);
        Assert.DoesNotContain("href=\"/Organization/Tenants\"", html);
    }

    [Fact]
    public async Task Wrong_password_is_refused_with_a_clear_message()
    {
        using var client = NewClient();
        var response = await client.SignInAsync(null, "admin", "not-the-password");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Contains("用户名或密码错误。", await response.Content.ReadAsStringAsync());
        Assert.Equal(HttpStatusCode.Redirect, (await client.Http.GetAsync("/")).StatusCode);
    }

    [Fact]
    public async Task Same_user_name_in_another_town_is_another_account()
    {
        using var client = NewClient();
        var response = await client.SignInAsync("liuhe", "townadmin");
        Assert.Contains("用户名或密码错误。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Login_post_without_antiforgery_token_is_rejected()
    {
        using var client = NewClient();
        var response = await client.Http.PostAsync("/Account/Login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "admin",
            ["Input.Password"] = PortalClient.DemoPassword,
        }));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
    }

    [Fact]
    public async Task Language_switch_turns_the_portal_English_and_back()
    {
        using var client = await NewClient().SignedInAsync(null, "admin");
        var token = await client.GetAntiforgeryTokenAsync("/");
        var switched = await client.Http.PostAsync("/Culture", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["culture"] = "en",
            ["returnUrl"] = "/",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, switched.StatusCode);
        var english = await client.Http.GetStringAsync("/");
        Assert.Contains("<html lang=\"en\">", english);
        Assert.Contains("Dashboard", english);
        Assert.Contains("Towns", english);
        Assert.Contains("工作台", await client.Http.GetStringAsync("/?culture=zh-CN"));
    }

    [Fact]
    public async Task Missing_page_shows_the_friendly_404_page()
    {
        using var client = await NewClient().SignedInAsync(null, "admin");
        var response = await client.Http.GetAsync("/no/such/page");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var html = await response.Content.ReadAsStringAsync();
        Assert.Contains("页面不存在", html);
        Assert.Contains("返回工作台", html);
    }

    [Fact]
    public async Task Api_without_sign_in_answers_401_problem_details()
    {
        using var client = NewClient();
        var response = await client.Http.GetAsync("/api/organization/tenants");
        Assert.Equal(HttpStatusCode.Unauthorized, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task Unknown_api_route_answers_404_problem_details()
    {
        using var client = await NewClient().SignedInAsync(null, "admin");
        var response = await client.Http.GetAsync("/api/no-such-thing");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Equal(404, problem!.Status);
    }

    [Fact]
    public async Task Unknown_town_named_by_a_visitor_answers_404_problem_details()
    {
        using var client = NewClient();
        client.Http.DefaultRequestHeaders.Add("__tenant", "atlantis");
        var response = await client.Http.GetAsync("/Account/Login");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("atlantis", problem!.Detail);
    }

    [Fact]
    public async Task Health_endpoints_report_live_and_ready()
    {
        using var client = NewClient();
        Assert.Equal("Healthy", await client.Http.GetStringAsync("/health/live"));
        Assert.Equal("Healthy", await client.Http.GetStringAsync("/health/ready"));
    }

    [Fact]
    public async Task OpenApi_document_lists_the_tenant_endpoints_and_has_a_reading_page()
    {
        using var client = NewClient();
        var document = await client.Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/organization/tenants", document);
        Assert.Contains("/api/organization/enterprises", document);
        var page = await client.Http.GetAsync("/api-docs/v1");
        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Contains("openapi/v1.json", await page.Content.ReadAsStringAsync());
    }
}

using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>The bureau manages the towns: list, search, create, edit; bad input and stale edits are refused clearly.</summary>
public abstract class TenantManagementTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/organization/tenants";

    private Task<PortalClient> BureauAsync() => factory.CreatePortalClient().SignedInAsync(null, "admin");

    private static string NewCode() => $"t{Guid.NewGuid():N}"[..12];

    [Fact]
    public async Task Bureau_admin_lists_the_towns_a_page_at_a_time()
    {
        using var client = await BureauAsync();
        var page = await client.GetJsonAsync<PagedDocument<TenantDocument>>($"{Api}?page=1&pageSize=3");
        Assert.Equal(3, page!.Items.Count);
        Assert.True(page.TotalCount >= 8);
        Assert.Equal(3, page.PageSize);
        var second = await client.GetJsonAsync<PagedDocument<TenantDocument>>($"{Api}?page=2&pageSize=3");
        Assert.Empty(second!.Items.Select(t => t.Id).Intersect(page.Items.Select(t => t.Id)));
    }

    [Fact]
    public async Task Search_finds_a_town_by_name_or_code()
    {
        using var client = await BureauAsync();
        var byName = await client.GetJsonAsync<PagedDocument<TenantDocument>>($"{Api}?search={Uri.EscapeDataString("沙溪")}");
        Assert.Equal("shaxi", Assert.Single(byName!.Items).Code);
        var byCode = await client.GetJsonAsync<PagedDocument<TenantDocument>>($"{Api}?search=chengx");
        Assert.Equal("城厢镇", Assert.Single(byCode!.Items).Name);
    }

    [Fact]
    public async Task Tenant_list_page_shows_the_towns_and_an_empty_state()
    {
        using var client = await BureauAsync();
        var html = await client.Http.GetStringAsync("/Organization/Tenants");
        Assert.Contains("城厢镇", html);
        Assert.Contains("data-testid=\"pager-summary\"", html);
        var empty = await client.Http.GetStringAsync("/Organization/Tenants?search=no-such-town");
        Assert.Contains("没有符合条件的镇区。", empty);
    }

    [Fact]
    public async Task Creating_a_town_with_bad_input_names_each_field_and_saves_nothing()
    {
        using var client = await BureauAsync();
        var response = await client.Http.PostAsJsonAsync(Api, new { code = "Bad Code!", name = "" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("Code", problem!.Errors!.Keys);
        Assert.Contains("Name", problem.Errors.Keys);
        Assert.Contains("小写字母", problem.Errors["Code"][0]);
        var search = await client.GetJsonAsync<PagedDocument<TenantDocument>>($"{Api}?search=bad");
        Assert.Empty(search!.Items);
    }

    [Fact]
    public async Task A_taken_code_is_refused_with_the_code_in_the_message()
    {
        using var client = await BureauAsync();
        var response = await client.Http.PostAsJsonAsync(Api, new { code = "shaxi", name = "另一个沙溪" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("shaxi", problem!.Errors!["Code"][0]);
    }

    [Fact]
    public async Task A_new_town_gets_its_roles_and_a_first_admin_who_signs_in_and_sees_the_town_menus()
    {
        using var client = await BureauAsync();
        var code = NewCode();
        var created = await client.Http.PostAsJsonAsync(Api, new { code, name = $"新镇{code}", adminPassword = PortalClient.DemoPassword });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        using var townAdmin = await factory.CreatePortalClient().SignedInAsync(code, "townadmin");
        var me = await townAdmin.GetJsonAsync<MeDocument>("/api/account/me");
        Assert.Equal((code, "新镇" + code + "管理员"), (me!.Tenant?.Code, me.DisplayName));
        Assert.Contains("TownAdmin", me.Roles);
        Assert.Contains("Organization.Enterprises.Manage", me.Permissions);
        var roles = await townAdmin.GetJsonAsync<PagedDocument<RoleDocument>>("/api/identity/roles?pageSize=50");
        Assert.Contains(roles!.Items, r => r.Name == "EnterpriseSafetyManager");
    }

    [Fact]
    public async Task A_town_whose_admin_password_is_refused_is_not_saved_at_all()
    {
        using var client = await BureauAsync();
        var code = NewCode();
        var response = await client.Http.PostAsJsonAsync(Api, new { code, name = $"弱密码{code}", adminUserName = "chief", adminPassword = "abc" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains("AdminPassword", problem!.Errors!.Keys);
        var search = await client.GetJsonAsync<PagedDocument<TenantDocument>>($"{Api}?search={code}");
        Assert.Empty(search!.Items);
    }

    [Fact]
    public async Task A_created_town_reads_back_and_can_be_edited()
    {
        using var client = await BureauAsync();
        var code = NewCode();
        var created = await client.Http.PostAsJsonAsync(Api, new { code, name = $"新城{code}" });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var town = await created.Content.ReadFromJsonAsync<TenantDocument>();
        Assert.Equal(DateTimeKind.Utc, town!.CreationTime.Kind);
        Assert.Equal(town, await client.GetJsonAsync<TenantDocument>(created.Headers.Location!.ToString()));

        var edited = await client.Http.PutAsJsonAsync($"{Api}/{town.Id}",
            new { code, name = $"新城{code}（更名）", isActive = false, town.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await edited.Content.ReadFromJsonAsync<TenantDocument>();
        Assert.False(after!.IsActive);
        Assert.NotEqual(town.ConcurrencyStamp, after.ConcurrencyStamp);
    }

    [Fact]
    public async Task An_edit_based_on_a_stale_version_answers_409_and_keeps_the_newer_edit()
    {
        using var client = await BureauAsync();
        var code = NewCode();
        var town = await (await client.Http.PostAsJsonAsync(Api, new { code, name = $"甲{code}" })).Content.ReadFromJsonAsync<TenantDocument>();
        var first = await client.Http.PutAsJsonAsync($"{Api}/{town!.Id}", new { code, name = $"乙{code}", town.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);

        var stale = await client.Http.PutAsJsonAsync($"{Api}/{town.Id}", new { code, name = $"丙{code}", town.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal($"乙{code}", (await client.GetJsonAsync<TenantDocument>($"{Api}/{town.Id}"))!.Name);
    }

    [Fact]
    public async Task An_unknown_town_id_answers_404_problem_details()
    {
        using var client = await BureauAsync();
        var response = await client.Http.GetAsync($"{Api}/{Guid.NewGuid()}");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
    }

    [Fact]
    public async Task A_disabled_town_cannot_be_chosen_at_sign_in()
    {
        using var client = await BureauAsync();
        var code = NewCode();
        var created = await client.Http.PostAsJsonAsync(Api, new { code, name = $"停用{code}", isActive = false });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        using var visitor = factory.CreatePortalClient();
        var response = await visitor.SignInAsync(code, "admin");
        Assert.Contains("该镇区不存在或已停用。", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Town_admin_may_not_manage_towns()
    {
        using var client = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await client.Http.PostAsJsonAsync(Api, new { code = NewCode(), name = "x" })).StatusCode);
        var page = await client.Http.GetAsync("/Organization/Tenants");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Status/403", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task Town_admin_sees_only_the_enterprises_of_the_own_town()
    {
        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var names = (await chengxiang.GetJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises"))!
            .Items.Select(e => e.DisplayName).ToList();
        Assert.Contains("城厢精密机械有限公司", names);
        Assert.DoesNotContain(names, n => n.StartsWith("沙溪", StringComparison.Ordinal));

        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        var html = await shaxi.Http.GetStringAsync("/Organization/Enterprises");
        Assert.Contains("沙溪纺织印染有限公司", html);
        Assert.DoesNotContain("城厢", html);
    }
}

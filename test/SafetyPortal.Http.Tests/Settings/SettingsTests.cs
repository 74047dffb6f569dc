using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Settings;

/// <summary>Settings resolve default → configuration → city → town → enterprise, the most specific value winning.</summary>
public abstract class SettingsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string SiteName = "Portal.SiteName";
    private const string Announcement = "Portal.Announcement";

    private static Task<HttpResponseMessage> SaveAsync(PortalClient client, string level, string name, string? value) =>
        client.Http.PutAsJsonAsync($"/api/settings?level={level}", new { values = new Dictionary<string, string?> { [name] = value } });

    [Fact]
    public async Task A_city_value_reaches_every_town_until_a_town_sets_its_own_and_clearing_it_inherits_again()
    {
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(bureau, "Global", SiteName, "太仓市安全生产监管平台")).StatusCode);

        using var chengxiang = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var shaxi = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        Assert.Contains("太仓市安全生产监管平台", await chengxiang.Http.GetStringAsync("/"));

        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(chengxiang, "Town", SiteName, "城厢镇安全生产监管平台")).StatusCode);
        Assert.Contains("城厢镇安全生产监管平台", await chengxiang.Http.GetStringAsync("/"));
        Assert.DoesNotContain("城厢镇安全生产监管平台", await shaxi.Http.GetStringAsync("/"));
        var town = await chengxiang.GetJsonAsync<List<SettingDocument>>("/api/settings?level=Town");
        var siteName = town!.Single(s => s.Name == SiteName);
        Assert.Equal(("Town", "城厢镇安全生产监管平台", "太仓市安全生产监管平台"), (siteName.Source, siteName.Value, siteName.Inherited));

        await SaveAsync(chengxiang, "Town", SiteName, "");
        Assert.Contains("太仓市安全生产监管平台", await chengxiang.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task An_enterprise_announcement_reaches_its_own_staff_only()
    {
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        Assert.Equal(HttpStatusCode.NoContent, (await SaveAsync(manager, "Enterprise", Announcement, "本周五下午进行有限空间应急演练")).StatusCode);

        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");
        Assert.Contains("本周五下午进行有限空间应急演练", await employee.Http.GetStringAsync("/"));
        using var townAdmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        Assert.DoesNotContain("本周五下午进行有限空间应急演练", await townAdmin.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task Unknown_settings_and_settings_at_a_level_they_do_not_allow_are_refused_by_name()
    {
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var unknown = await SaveAsync(manager, "Enterprise", "Portal.NoSuchThing", "x");
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        Assert.Contains("Portal.NoSuchThing", (await unknown.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        var wrongLevel = await SaveAsync(manager, "Enterprise", SiteName, "我的平台");
        Assert.Equal(HttpStatusCode.BadRequest, wrongLevel.StatusCode);
    }

    [Fact]
    public async Task A_town_admin_cannot_change_city_values()
    {
        using var townAdmin = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await SaveAsync(townAdmin, "Global", SiteName, "篡改")).StatusCode);
        Assert.Equal(["Town"], await townAdmin.GetJsonAsync<List<string>>("/api/settings/levels"));
    }

    [Fact]
    public async Task The_settings_page_shows_each_value_and_where_it_comes_from()
    {
        using var townAdmin = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        var html = await townAdmin.Http.GetStringAsync("/SettingManagement/Settings?level=Town");
        Assert.Contains("镇区设置", html);
        Assert.Contains("平台名称", html);
        Assert.Contains("data-testid=\"source-Portal.SiteName\"", html);
    }
}

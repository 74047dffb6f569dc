using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>Each town keeps the built-in role templates and adds its own roles; grants follow a renamed role.</summary>
public abstract class RoleAdministrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = IdentityApi.Roles;

    [Fact]
    public async Task Built_in_roles_cannot_be_renamed_or_deleted()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var roles = await admin.GetFromJsonAsync<PagedDocument<RoleDocument>>(Api);
        var inspector = roles!.Items.Single(r => r.Name == "TownInspector");
        Assert.True(inspector.IsBuiltIn);
        Assert.Equal("安监人员", inspector.DisplayName);
        Assert.True(roles.Items.Single(r => r.Name == "TownAdmin").IsAdmin);
        Assert.DoesNotContain(roles.Items, r => r.Name == "BureauAdmin");

        var rename = await admin.PutAsJsonAsync($"{Api}/{inspector.Id}", new { name = "巡查员", inspector.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.BadRequest, rename.StatusCode);
        Assert.Equal("内置角色“安监人员”不能改名。", (await rename.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Name"][0]);
        var delete = await admin.DeleteAsync($"{Api}/{inspector.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Equal("内置角色“安监人员”不能删除。", (await delete.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Id"][0]);
        Assert.Equal("TownInspector", (await admin.GetFromJsonAsync<RoleDocument>($"{Api}/{inspector.Id}"))!.Name);
    }

    [Fact]
    public async Task A_renamed_role_keeps_its_grants_and_a_deleted_one_takes_them_along()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var role = await admin.CreateRoleAsync(IdentityApi.NewName("隐患复核"));
        Assert.False(role.IsBuiltIn);
        Assert.Equal(HttpStatusCode.OK, (await admin.GrantAsync("R", role.Name, IdentityApi.Names("Identity.Users"))).StatusCode);
        var userName = IdentityApi.NewName("m");
        await admin.CreateUserAsync(userName, roles: [role.Name]);

        var newName = IdentityApi.NewName("复核员");
        var renamed = await admin.PutAsJsonAsync($"{Api}/{role.Id}", new { name = newName, role.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        Assert.Equal(1, (await renamed.Content.ReadFromJsonAsync<RoleDocument>())!.UserCount);
        Assert.True((await admin.TreeAsync("R", newName))!.Find("Identity.Users").IsGranted);
        using (var member = await factory.TokenClientAsync("chengxiang", userName, IdentityApi.StrongPassword))
        {
            var me = await member.GetFromJsonAsync<MeDocument>("/api/account/me");
            Assert.Contains(newName, me!.Roles);
            Assert.Contains("Identity.Users", me.Permissions);
        }

        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Api}/{role.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{IdentityApi.Permissions}?providerName=R&providerKey={Uri.EscapeDataString(newName)}")).StatusCode);
        using var former = await factory.TokenClientAsync("chengxiang", userName, IdentityApi.StrongPassword);
        var after = await former.GetFromJsonAsync<MeDocument>("/api/account/me");
        Assert.Empty(after!.Roles);
        Assert.Empty(after.Permissions);
    }

    [Fact]
    public async Task A_role_name_is_unique_within_a_town_but_may_repeat_in_another()
    {
        using var chengxiang = await factory.TokenClientAsync("chengxiang", "townadmin");
        using var shaxi = await factory.TokenClientAsync("shaxi", "townadmin");
        var name = IdentityApi.NewName("网格员");
        await chengxiang.CreateRoleAsync(name);
        var twice = await chengxiang.PostAsJsonAsync(Api, new { name });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        Assert.Contains(name, (await twice.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Name"][0]);
        await shaxi.CreateRoleAsync(name);
        var empty = await chengxiang.PostAsJsonAsync(Api, new { name = " " });
        Assert.Equal("请填写角色名称。", (await empty.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Name"][0]);
    }

    [Fact]
    public async Task The_bureau_has_its_own_roles()
    {
        using var bureau = await factory.TokenClientAsync(null, "admin");
        var names = (await bureau.GetFromJsonAsync<PagedDocument<RoleDocument>>(Api))!.Items.Select(r => r.Name).ToList();
        Assert.Contains("BureauAdmin", names);
        Assert.Contains("WorkflowDesigner", names);
        Assert.DoesNotContain("TownAdmin", names);
    }

    [Fact]
    public async Task The_roles_page_shows_the_built_in_roles_by_their_Chinese_names()
    {
        using var browser = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var html = await browser.Http.GetStringAsync("/Identity/Roles");
        Assert.Contains("镇区管理员", html);
        Assert.Contains("一线员工", html);
        Assert.Contains("内置", html);
        Assert.Contains("href=\"/Identity/Permissions?providerName=R&amp;providerKey=TownInspector\"", html);
        Assert.Contains("没有符合条件的角色。", await browser.Http.GetStringAsync("/Identity/Roles?search=no-such-role"));
        Assert.Contains("安监人员", await browser.Http.GetStringAsync("/Identity/Roles?search=" + Uri.EscapeDataString("安监")));
    }
}

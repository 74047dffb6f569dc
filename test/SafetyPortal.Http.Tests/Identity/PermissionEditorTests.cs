using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>
/// The permission tree editor decides what members of a role (or one user) may do: the menu and the API follow
/// at once, and an explicit deny for a user wins over every role's grant.
/// </summary>
public abstract class PermissionEditorTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string UsersMenu = "href=\"/Identity/Users\"";

    [Fact]
    public async Task The_tree_holds_only_the_permissions_of_the_current_side_with_localized_names()
    {
        using var town = await factory.TokenClientAsync("chengxiang", "townadmin");
        var tree = await town.TreeAsync("R", "TownInspector");
        Assert.False(tree!.IsReadOnly);
        Assert.Equal("安监人员", tree.ProviderDisplayName);
        var users = tree.Find("Identity.Users");
        Assert.Equal("用户管理", users.DisplayName);
        Assert.Contains(users.Children, c => c.Name == "Identity.Users.Create" && c.DisplayName == "新建用户");
        Assert.Contains(tree.All, p => p.Name == "Organization.Enterprises");
        Assert.DoesNotContain(tree.All, p => p.Name.StartsWith("Organization.Tenants", StringComparison.Ordinal));
        Assert.Equal("用户与角色", tree.Groups.Single(g => g.Name == "Identity").DisplayName);

        using var bureau = await factory.TokenClientAsync(null, "admin");
        var hostTree = await bureau.TreeAsync("R", "BureauInspector");
        Assert.Contains(hostTree!.All, p => p.Name == "Organization.Tenants.Create");
        Assert.DoesNotContain(hostTree.All, p => p.Name == "Organization.Enterprises");
    }

    [Fact]
    public async Task A_permission_granted_to_a_role_shows_the_menu_to_its_members_and_revoking_it_hides_it_and_answers_403()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var role = await admin.CreateRoleAsync(IdentityApi.NewName("台账员"));
        var userName = IdentityApi.NewName("g");
        await admin.CreateUserAsync(userName, roles: [role.Name]);
        using var member = factory.CreatePortalClient();
        await member.SignInAsync("chengxiang", userName, IdentityApi.StrongPassword);
        Assert.DoesNotContain(UsersMenu, await member.Http.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync(IdentityApi.Users)).StatusCode);

        var granted = await admin.GrantAsync("R", role.Name, IdentityApi.Names("Identity.Users"));
        Assert.Equal(HttpStatusCode.OK, granted.StatusCode);
        Assert.True((await granted.Content.ReadFromJsonAsync<PermissionTreeDocument>())!.Find("Identity.Users").IsGranted);
        Assert.Contains(UsersMenu, await member.Http.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.OK, (await member.Http.GetAsync(IdentityApi.Users)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.PostAsJsonAsync(IdentityApi.Users, new { userName = "x" })).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.GrantAsync("R", role.Name, [])).StatusCode);
        Assert.DoesNotContain(UsersMenu, await member.Http.GetStringAsync("/"));
        Assert.Equal(HttpStatusCode.Forbidden, (await member.Http.GetAsync(IdentityApi.Users)).StatusCode);
    }

    [Fact]
    public async Task An_explicit_deny_for_a_user_wins_over_the_role_grant()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var role = await admin.CreateRoleAsync(IdentityApi.NewName("督导"));
        await admin.GrantAsync("R", role.Name, IdentityApi.Names("Identity.Users", "Identity.Roles"));
        var denied = await admin.CreateUserAsync(IdentityApi.NewName("dn"), roles: [role.Name]);
        var other = await admin.CreateUserAsync(IdentityApi.NewName("ok"), roles: [role.Name]);

        var saved = await admin.GrantAsync("U", denied.Id.ToString(), [], IdentityApi.Names("Identity.Users"));
        Assert.Equal(HttpStatusCode.OK, saved.StatusCode);
        var node = (await saved.Content.ReadFromJsonAsync<PermissionTreeDocument>())!.Find("Identity.Users");
        Assert.True(node.IsDenied);
        Assert.Equal([role.Name], node.GrantedByRoles);

        using var deniedClient = await factory.TokenClientAsync("chengxiang", denied.UserName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.Forbidden, (await deniedClient.GetAsync(IdentityApi.Users)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await deniedClient.GetAsync(IdentityApi.Roles)).StatusCode);
        var me = await deniedClient.GetFromJsonAsync<MeDocument>("/api/account/me");
        Assert.DoesNotContain("Identity.Users", me!.Permissions);
        using var otherClient = await factory.TokenClientAsync("chengxiang", other.UserName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await otherClient.GetAsync(IdentityApi.Users)).StatusCode);

        using var browser = factory.CreatePortalClient();
        await browser.SignInAsync("chengxiang", denied.UserName, IdentityApi.StrongPassword);
        Assert.DoesNotContain(UsersMenu, await browser.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_admin_role_is_read_only_in_the_editor()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var tree = await admin.TreeAsync("R", "TownAdmin");
        Assert.True(tree!.IsReadOnly);
        Assert.All(tree.All, p => Assert.True(p.IsGranted, p.Name));
        var response = await admin.GrantAsync("R", "TownAdmin", []);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("ProviderKey", (await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        Assert.Equal(HttpStatusCode.OK, (await admin.GetAsync(IdentityApi.Users)).StatusCode);
    }

    [Fact]
    public async Task Unknown_permissions_and_denies_for_roles_are_refused_and_nothing_is_saved()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var role = await admin.CreateRoleAsync(IdentityApi.NewName("试"));
        var unknown = await admin.GrantAsync("R", role.Name, IdentityApi.Names("Identity.Users", "Organization.Tenants", "No.Such"));
        Assert.Equal(HttpStatusCode.BadRequest, unknown.StatusCode);
        var errors = (await unknown.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!;
        Assert.Contains(errors["Granted"], m => m.Contains("Organization.Tenants", StringComparison.Ordinal));
        Assert.Contains(errors["Granted"], m => m.Contains("No.Such", StringComparison.Ordinal));
        var roleDeny = await admin.GrantAsync("R", role.Name, [], IdentityApi.Names("Identity.Users"));
        Assert.Contains("Denied", (await roleDeny.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        Assert.DoesNotContain((await admin.TreeAsync("R", role.Name))!.All, p => p.IsGranted || p.IsDenied);

        var badProvider = await admin.GetAsync($"{IdentityApi.Permissions}?providerName=X&providerKey=y");
        Assert.Equal(HttpStatusCode.BadRequest, badProvider.StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{IdentityApi.Permissions}?providerName=R&providerKey=NoSuchRole")).StatusCode);
    }

    [Fact]
    public async Task Nobody_grants_a_permission_they_do_not_hold_themselves()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var role = await admin.CreateRoleAsync(IdentityApi.NewName("授权员"));
        var own = IdentityApi.Names("Identity.Roles", "Identity.Roles.ManagePermissions");
        await admin.GrantAsync("R", role.Name, own);
        var user = await admin.CreateUserAsync(IdentityApi.NewName("gr"), roles: [role.Name]);
        using var deputy = await factory.TokenClientAsync("chengxiang", user.UserName, IdentityApi.StrongPassword);

        var escalate = await deputy.GrantAsync("R", role.Name, IdentityApi.Names("Identity.Roles", "Identity.Roles.ManagePermissions", "Identity.Users"));
        Assert.Equal(HttpStatusCode.BadRequest, escalate.StatusCode);
        Assert.Contains("Identity.Users", (await escalate.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Granted"][0]);
        Assert.False((await admin.TreeAsync("R", role.Name))!.Find("Identity.Users").IsGranted);
        Assert.Equal(HttpStatusCode.OK, (await deputy.GrantAsync("R", role.Name, own)).StatusCode);
    }

    [Fact]
    public async Task Managing_permissions_needs_its_own_permission()
    {
        using var inspector = await factory.TokenClientAsync("chengxiang", "inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync($"{IdentityApi.Permissions}?providerName=R&providerKey=TownInspector")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GrantAsync("R", "TownInspector", IdentityApi.Names("Identity.Users"))).StatusCode);
        using var browser = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var page = await browser.Http.GetAsync("/Identity/Permissions?providerName=R&providerKey=TownInspector");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("/Status/403", page.Headers.Location!.PathAndQuery);
    }

    [Fact]
    public async Task The_role_permission_page_draws_the_tree_and_saves_the_checked_boxes()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var role = await admin.CreateRoleAsync(IdentityApi.NewName("页"));
        using var browser = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var url = $"/Identity/Permissions?providerName=R&providerKey={Uri.EscapeDataString(role.Name)}";
        var html = await browser.Http.GetStringAsync(url);
        Assert.Contains("设置用户权限", html);
        Assert.Contains("value=\"Identity.Users\"", html);
        // Parent unchecked: its children are drawn disabled.
        Assert.Matches("value=\"Identity.Users.Create\"[^>]*disabled", html);

        var token = await browser.GetAntiforgeryTokenAsync(url);
        var saved = await browser.Http.PostAsync(url, new FormUrlEncodedContent(
        [
            new("granted", "Identity.Users"),
            new("granted", "Identity.Users.Create"),
            new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tree = await admin.TreeAsync("R", role.Name);
        Assert.True(tree!.Find("Identity.Users").IsGranted);
        Assert.True(tree.Find("Identity.Users.Create").IsGranted);
        Assert.False(tree.Find("Identity.Users.Delete").IsGranted);
        Assert.DoesNotMatch("value=\"Identity.Users.Create\"[^>]*disabled", await browser.Http.GetStringAsync(url));
    }

    [Fact]
    public async Task The_user_permission_page_offers_inherit_grant_and_deny()
    {
        using var admin = await factory.TokenClientAsync("chengxiang", "townadmin");
        var user = await admin.CreateUserAsync(IdentityApi.NewName("up"), roles: ["TownInspector"]);
        using var browser = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var url = $"/Identity/Permissions?providerName=U&providerKey={user.Id}";
        var html = await browser.Http.GetStringAsync(url);
        Assert.Contains("继承", html);
        Assert.Contains("禁止", html);
        var token = await browser.GetAntiforgeryTokenAsync(url);
        var saved = await browser.Http.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["permission:Organization.Enterprises"] = "deny",
            ["permission:Identity.Roles"] = "grant",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var tree = await admin.TreeAsync("U", user.Id.ToString());
        Assert.True(tree!.Find("Organization.Enterprises").IsDenied);
        Assert.True(tree.Find("Identity.Roles").IsGranted);
    }
}

using System.Net;
using System.Net.Http.Json;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Identity;

/// <summary>Town admins (and the bureau) manage their own users: create, edit, lock, delete, roles; never another town's.</summary>
public abstract class UserAdministrationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = IdentityApi.Users;

    private Task<HttpClient> TownAdminAsync(string town = "chengxiang") => factory.TokenClientAsync(town, "townadmin");

    [Fact]
    public async Task Town_admin_creates_a_user_with_roles_who_can_then_sign_in()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("u");
        var phone = IdentityApi.NewPhone();
        var response = await admin.PostAsJsonAsync(Api, new
        {
            userName, displayName = "李四", phoneNumber = $"+86 {phone}", password = IdentityApi.StrongPassword,
            roleNames = IdentityApi.Names("Employee", "safetyofficer"),
        });
        Assert.Equal(HttpStatusCode.Created, response.StatusCode);
        var user = await response.Content.ReadFromJsonAsync<UserDocument>();
        Assert.Equal(phone, user!.PhoneNumber);
        Assert.Equal(["Employee", "SafetyOfficer"], user.RoleNames.Order());
        var readBack = await admin.GetFromJsonAsync<UserDocument>(response.Headers.Location!.ToString());
        Assert.Equal((user.Id, user.UserName, user.ConcurrencyStamp), (readBack!.Id, readBack.UserName, readBack.ConcurrencyStamp));

        using var signedIn = await factory.TokenClientAsync("chengxiang", userName, IdentityApi.StrongPassword);
        var me = await signedIn.GetFromJsonAsync<MeDocument>("/api/account/me");
        Assert.Equal("李四", me!.DisplayName);
        Assert.Contains("Employee", me.Roles);
    }

    [Fact]
    public async Task Bad_input_is_refused_with_400_naming_each_field_in_Chinese_and_nothing_is_saved()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("bad");
        var response = await admin.PostAsJsonAsync(Api, new
        {
            userName, displayName = "", phoneNumber = "12345678901", password = "abc", roleNames = IdentityApi.Names("NoSuchRole"),
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var errors = (await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!;
        Assert.Contains("不是有效的中国大陆手机号码", errors["PhoneNumber"][0]);
        Assert.Contains("12345678901", errors["PhoneNumber"][0]);
        Assert.Equal("请填写姓名。", errors["DisplayName"][0]);
        Assert.Contains(errors["Password"], m => m.Contains("至少需要 6 个字符", StringComparison.Ordinal));
        Assert.Contains(errors["Password"], m => m.Contains("大写字母", StringComparison.Ordinal));
        Assert.Contains("NoSuchRole", errors["RoleNames"][0]);
        var search = await admin.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?search={userName}");
        Assert.Empty(search!.Items);

        var badName = await admin.PostAsJsonAsync(Api, new { userName = "张 三", displayName = "张三", password = IdentityApi.StrongPassword });
        Assert.Contains("只能包含字母", (await badName.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["UserName"][0]);
    }

    [Fact]
    public async Task A_mobile_number_is_unique_within_a_town_but_may_repeat_in_another_town()
    {
        using var chengxiang = await TownAdminAsync();
        using var shaxi = await TownAdminAsync("shaxi");
        var phone = IdentityApi.NewPhone();
        await chengxiang.CreateUserAsync(IdentityApi.NewName("a"), phone: phone);

        var twice = await chengxiang.PostAsJsonAsync(Api, new { userName = IdentityApi.NewName("b"), displayName = "乙", phoneNumber = phone, password = IdentityApi.StrongPassword });
        Assert.Equal(HttpStatusCode.BadRequest, twice.StatusCode);
        var message = (await twice.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["PhoneNumber"][0];
        Assert.Contains($"{phone[..3]}****{phone[7..]}", message);
        Assert.DoesNotContain(phone, message);

        var asUserName = await chengxiang.PostAsJsonAsync(Api, new { userName = phone, displayName = "丙", password = IdentityApi.StrongPassword });
        Assert.Equal(HttpStatusCode.BadRequest, asUserName.StatusCode);
        Assert.Contains("UserName", (await asUserName.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);

        await shaxi.CreateUserAsync(IdentityApi.NewName("c"), phone: phone);
    }

    [Fact]
    public async Task The_user_list_masks_mobile_numbers_and_finds_users_by_name_or_number()
    {
        using var admin = await TownAdminAsync();
        var phone = IdentityApi.NewPhone();
        var user = await admin.CreateUserAsync(IdentityApi.NewName("m"), phone: phone);

        var byNumber = await admin.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?search={phone[3..]}");
        var row = Assert.Single(byNumber!.Items);
        Assert.Equal(user.Id, row.Id);
        Assert.Equal($"{phone[..3]}****{phone[7..]}", row.PhoneNumber);

        var byName = await admin.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?search={Uri.EscapeDataString(user.DisplayName)}");
        Assert.Equal(user.Id, Assert.Single(byName!.Items).Id);

        var page = await admin.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?pageSize=2");
        Assert.Equal(2, page!.Items.Count);
        Assert.True(page.TotalCount >= 3);
    }

    [Fact]
    public async Task An_edit_changes_the_user_and_an_edit_based_on_a_stale_version_answers_409()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("e");
        var user = await admin.CreateUserAsync(userName);
        var phone = IdentityApi.NewPhone();
        var edited = await admin.PutAsJsonAsync($"{Api}/{user.Id}", new
        {
            userName, displayName = "新名字", phoneNumber = phone, password = "Changed-9", isActive = true, user.ConcurrencyStamp,
        });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var after = await edited.Content.ReadFromJsonAsync<UserDocument>();
        Assert.Equal("新名字", after!.DisplayName);
        Assert.Equal(phone, after.PhoneNumber);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateApiClient().LoginAsync("chengxiang", phone, "Changed-9")).StatusCode);

        var stale = await admin.PutAsJsonAsync($"{Api}/{user.Id}", new { userName, displayName = "过期的修改", user.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal("新名字", (await admin.GetFromJsonAsync<UserDocument>($"{Api}/{user.Id}"))!.DisplayName);
    }

    [Fact]
    public async Task A_town_admin_cannot_see_or_change_another_towns_users()
    {
        using var shaxi = await TownAdminAsync("shaxi");
        var stranger = await shaxi.CreateUserAsync(IdentityApi.NewName("s"));
        using var chengxiang = await TownAdminAsync();

        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.GetAsync($"{Api}/{stranger.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.PutAsJsonAsync($"{Api}/{stranger.Id}",
            new { userName = stranger.UserName, displayName = "改", stranger.ConcurrencyStamp })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.PostAsync($"{Api}/{stranger.Id}/lock", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.PutAsJsonAsync($"{Api}/{stranger.Id}/roles", new { roleNames = IdentityApi.Names("Employee") })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.DeleteAsync($"{Api}/{stranger.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.GetAsync($"{IdentityApi.Permissions}?providerName=U&providerKey={stranger.Id}")).StatusCode);
        var list = await chengxiang.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?search={stranger.UserName}");
        Assert.Empty(list!.Items);

        Assert.Equal(stranger.DisplayName, (await shaxi.GetFromJsonAsync<UserDocument>($"{Api}/{stranger.Id}"))!.DisplayName);
    }

    [Fact]
    public async Task The_bureau_lists_its_own_staff_and_no_town_users()
    {
        using var bureau = await factory.TokenClientAsync(null, "admin");
        var names = (await bureau.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?pageSize=200"))!.Items.Select(u => u.UserName).ToList();
        Assert.Contains("designer", names);
        Assert.DoesNotContain("inspector", names);
    }

    [Fact]
    public async Task A_locked_user_cannot_sign_in_until_unlocked()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("l");
        var user = await admin.CreateUserAsync(userName);
        var locked = await (await admin.PostAsync($"{Api}/{user.Id}/lock", null)).Content.ReadFromJsonAsync<UserDocument>();
        Assert.True(locked!.IsLockedOut);
        var refused = await factory.CreateApiClient().LoginAsync("chengxiang", userName, IdentityApi.StrongPassword);
        Assert.Equal("账号已锁定。", (await refused.Content.ReadFromJsonAsync<ProblemDocument>())!.Title);

        Assert.False((await (await admin.PostAsync($"{Api}/{user.Id}/unlock", null)).Content.ReadFromJsonAsync<UserDocument>())!.IsLockedOut);
        Assert.Equal(HttpStatusCode.OK, (await factory.CreateApiClient().LoginAsync("chengxiang", userName, IdentityApi.StrongPassword)).StatusCode);
    }

    [Fact]
    public async Task A_disabled_user_is_told_so_only_with_the_right_password()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("d");
        var user = await admin.CreateUserAsync(userName);
        var edited = await admin.PutAsJsonAsync($"{Api}/{user.Id}", new { userName, user.DisplayName, isActive = false, user.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, edited.StatusCode);
        var api = factory.CreateApiClient();
        var right = await api.LoginAsync("chengxiang", userName, IdentityApi.StrongPassword);
        Assert.Equal("账号已停用。", (await right.Content.ReadFromJsonAsync<ProblemDocument>())!.Title);
        var wrong = await api.LoginAsync("chengxiang", userName, "Wrong-1q2w");
        Assert.Equal("用户名或密码错误。", (await wrong.Content.ReadFromJsonAsync<ProblemDocument>())!.Title);
    }

    [Fact]
    public async Task A_deleted_user_cannot_sign_in_and_an_admin_cannot_delete_or_lock_themselves()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("x");
        var user = await admin.CreateUserAsync(userName);
        Assert.Equal(HttpStatusCode.NoContent, (await admin.DeleteAsync($"{Api}/{user.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await admin.GetAsync($"{Api}/{user.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await factory.CreateApiClient().LoginAsync("chengxiang", userName, IdentityApi.StrongPassword)).StatusCode);

        var me = await admin.GetFromJsonAsync<MeDocument>("/api/account/me");
        var self = await admin.DeleteAsync($"{Api}/{me!.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, self.StatusCode);
        Assert.Equal("不能删除自己的账号。", (await self.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["Id"][0]);
        Assert.Equal(HttpStatusCode.BadRequest, (await admin.PostAsync($"{Api}/{me.Id}/lock", null)).StatusCode);
    }

    [Fact]
    public async Task Setting_roles_replaces_the_users_roles()
    {
        using var admin = await TownAdminAsync();
        var user = await admin.CreateUserAsync(IdentityApi.NewName("r"), roles: ["Employee"]);
        var response = await admin.PutAsJsonAsync($"{Api}/{user.Id}/roles", new { roleNames = IdentityApi.Names("TownInspector", "SafetyOfficer") });
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(["SafetyOfficer", "TownInspector"], (await response.Content.ReadFromJsonAsync<UserDocument>())!.RoleNames.Order());
        var bureauRole = await admin.PutAsJsonAsync($"{Api}/{user.Id}/roles", new { roleNames = IdentityApi.Names("BureauAdmin") });
        Assert.Equal(HttpStatusCode.BadRequest, bureauRole.StatusCode);
    }

    [Fact]
    public async Task A_town_inspector_may_not_manage_users()
    {
        using var inspector = await factory.TokenClientAsync("chengxiang", "inspector");
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await inspector.PostAsJsonAsync(Api, new { userName = "x" })).StatusCode);
    }

    [Fact]
    public async Task The_users_page_lists_town_users_with_masked_numbers_and_has_an_empty_state()
    {
        using var admin = await TownAdminAsync();
        var phone = IdentityApi.NewPhone();
        var user = await admin.CreateUserAsync(IdentityApi.NewName("p"), phone: phone);
        using var browser = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var html = await browser.Http.GetStringAsync($"/Identity/Users?search={user.UserName}");
        Assert.Contains(user.DisplayName, html);
        Assert.Contains($"{phone[..3]}****{phone[7..]}", html);
        Assert.DoesNotContain(phone, html);
        Assert.Contains("data-testid=\"pager-summary\"", html);
        Assert.Contains("没有符合条件的用户。", await browser.Http.GetStringAsync("/Identity/Users?search=no-such-user"));
        Assert.Contains("href=\"/Identity/Users\"", await browser.Http.GetStringAsync("/"));
    }

    [Fact]
    public async Task The_user_form_shows_Chinese_messages_beside_the_fields_and_creates_the_user()
    {
        using var browser = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var form = await browser.Http.GetStringAsync("/Identity/Users/Edit");
        Assert.Contains("安监人员", form);
        var token = await browser.GetAntiforgeryTokenAsync("/Identity/Users/Edit");
        var userName = IdentityApi.NewName("f");
        var invalid = await browser.Http.PostAsync("/Identity/Users/Edit", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = userName,
            ["Input.DisplayName"] = "王五",
            ["Input.PhoneNumber"] = "110",
            ["Input.Password"] = IdentityApi.StrongPassword,
            ["Input.IsActive"] = "true",
            ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.OK, invalid.StatusCode);
        var html = await invalid.Content.ReadAsStringAsync();
        Assert.Contains("手机号“110”不是有效的中国大陆手机号码", html);
        Assert.Contains("data-valmsg-for=\"Input.PhoneNumber\"", html);

        var valid = await browser.Http.PostAsync("/Identity/Users/Edit", new FormUrlEncodedContent(
        [
            new("Input.UserName", userName),
            new("Input.DisplayName", "王五"),
            new("Input.Password", IdentityApi.StrongPassword),
            new("Input.IsActive", "true"),
            new("Input.RoleNames", "Employee"),
            new("Input.RoleNames", "TownInspector"),
            new("__RequestVerificationToken", token),
        ]));
        Assert.Equal(HttpStatusCode.Redirect, valid.StatusCode);
        using var admin = await TownAdminAsync();
        var created = Assert.Single((await admin.GetFromJsonAsync<PagedDocument<UserDocument>>($"{Api}?search={userName}"))!.Items);
        Assert.Equal(["Employee", "TownInspector"], created.RoleNames.Order());
    }

    [Fact]
    public async Task Locking_a_signed_in_town_user_ends_the_browser_session_at_the_next_check()
    {
        using var admin = await TownAdminAsync();
        var userName = IdentityApi.NewName("k");
        var user = await admin.CreateUserAsync(userName, roles: ["Employee"]);
        // The same database behind a host that checks the security stamp on every request instead of every 30 minutes.
        await using var strict = factory.WithWebHostBuilder(builder => builder.ConfigureTestServices(services =>
            services.Configure<SecurityStampValidatorOptions>(options => options.ValidationInterval = TimeSpan.Zero)));
        using var browser = new PortalClient(strict.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false }));
        await browser.SignInAsync("chengxiang", userName, IdentityApi.StrongPassword);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await browser.Http.GetAsync("/")).StatusCode);

        Assert.Equal(HttpStatusCode.OK, (await admin.PostAsync($"{Api}/{user.Id}/lock", null)).StatusCode);
        var after = await browser.Http.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, after.StatusCode);
        Assert.StartsWith("/Account/Login", after.Headers.Location!.PathAndQuery);
    }
}

using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>A town registers its enterprises with their profiles, builds their units and places their staff.</summary>
public abstract class EnterpriseManagementTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/organization/enterprises";

    private Task<PortalClient> TownAdminAsync(string town = "chengxiang") => factory.CreatePortalClient().SignedInAsync(town, "townadmin");

    private static string NewCreditCode() => CreditCodes.New();

    private static object Enterprise(string name, string creditCode, string? principalPhone = null) => new
    {
        displayName = name,
        creditCode,
        type = "IndustryAndTrade",
        industryCode = "C33",
        scale = "Small",
        address = "太仓市城厢镇东仓路 1 号",
        longitude = 121.1m,
        latitude = 31.45m,
        principalName = "张三",
        principalPhone,
        keySites = "ConfinedSpace, CombustibleDust",
        regulatoryGrade = "B",
    };

    [Fact]
    public async Task Town_admin_registers_an_enterprise_and_reads_its_profile_back()
    {
        using var client = await TownAdminAsync();
        var code = NewCreditCode();
        var created = await client.Http.PostAsJsonAsync(Api, Enterprise($"测试企业{code[^6..]}", code.ToLowerInvariant(), "13812345678"));
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);

        var detail = await client.Http.GetStringAsync(created.Headers.Location!.ToString());
        Assert.Contains(code, detail);
        Assert.Contains("ConfinedSpace, CombustibleDust", detail);
        Assert.Contains("13812345678", detail);
        var list = await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"{Api}?search={code}");
        Assert.Equal(code, Assert.Single(list!.Items).CreditCode);
    }

    [Fact]
    public async Task A_mistyped_credit_code_and_other_bad_fields_are_each_named_and_nothing_is_saved()
    {
        using var client = await TownAdminAsync();
        var code = NewCreditCode();
        var typo = code[..17] + (code[17] == '0' ? '1' : '0');
        var response = await client.Http.PostAsJsonAsync(Api, new
        {
            displayName = "",
            creditCode = typo,
            industryCode = "Z99",
            principalPhone = "12345",
            longitude = 10m,
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Equal(["CreditCode", "DisplayName", "IndustryCode", "Longitude", "PrincipalPhone"], problem!.Errors!.Keys.Order());
        Assert.Contains("校验位", problem.Errors["CreditCode"][0]);
        Assert.Empty((await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"{Api}?search={typo}"))!.Items);
    }

    [Fact]
    public async Task A_credit_code_already_registered_in_the_town_is_refused()
    {
        using var client = await TownAdminAsync();
        var response = await client.Http.PostAsJsonAsync(Api, Enterprise("重复登记企业", "91320585MAAY4CL12T"));
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("已登记", (await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["CreditCode"][0]);
    }

    [Fact]
    public async Task Filtering_by_key_site_lists_only_enterprises_that_have_it()
    {
        using var client = await TownAdminAsync();
        var page = await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"{Api}?keySite=AmmoniaRefrigeration&pageSize=100");
        Assert.Contains(page!.Items, e => e.DisplayName == "城厢食品加工有限公司");
        Assert.All(page.Items, e => Assert.Contains("AmmoniaRefrigeration", e.KeySites));
    }

    [Fact]
    public async Task Units_form_a_tree_and_staff_are_placed_in_them_with_a_position()
    {
        using var client = await TownAdminAsync();
        var enterprise = (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"{Api}?search={Uri.EscapeDataString("城厢金属制品")}"))!.Items.Single();
        var workshop = await (await client.Http.PostAsJsonAsync($"/api/organization/units/{enterprise.Id}/children",
            new { displayName = "冲压车间", kind = "Workshop" })).Content.ReadFromJsonAsync<UnitDocument>();
        var team = await client.Http.PostAsJsonAsync($"/api/organization/units/{workshop!.Id}/children", new { displayName = "冲压一班", kind = "Team" });
        Assert.Equal(HttpStatusCode.Created, team.StatusCode);
        var added = await client.Http.PostAsJsonAsync($"/api/organization/units/{workshop.Id}/members", new { userName = "officer", position = "班组长" });
        Assert.Equal(HttpStatusCode.NoContent, added.StatusCode);

        var tree = await client.GetJsonAsync<List<UnitDocument>>($"{Api}/{enterprise.Id}/units");
        Assert.Equal(["城厢金属制品有限公司", "冲压车间", "冲压一班"], tree!.Select(u => u.DisplayName));
        Assert.Equal([0, 1, 2], tree!.Select(u => u.Depth));
        var members = await client.GetJsonAsync<PagedDocument<MemberDocument>>($"/api/organization/units/{enterprise.Id}/members");
        var officer = Assert.Single(members!.Items);
        Assert.Equal(("officer", "班组长", "冲压车间"), (officer.UserName, officer.Position, officer.UnitName));

        var delete = await client.Http.DeleteAsync($"/api/organization/units/{workshop.Id}");
        Assert.Equal(HttpStatusCode.BadRequest, delete.StatusCode);
        Assert.Contains("冲压车间", (await delete.Content.ReadAsStringAsync()));
    }

    [Fact]
    public async Task Placing_an_unknown_user_is_refused_naming_the_user()
    {
        using var client = await TownAdminAsync();
        var enterprise = (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>(Api))!.Items[0];
        var response = await client.Http.PostAsJsonAsync($"/api/organization/units/{enterprise.Id}/members", new { userName = "nobody", position = "x" });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("nobody", (await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["UserName"][0]);
    }

    [Fact]
    public async Task Enterprise_staff_see_only_their_own_enterprise()
    {
        using var admin = await TownAdminAsync();
        var all = (await admin.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"{Api}?pageSize=100"))!.Items;
        var other = all.First(e => e.DisplayName != "城厢精密机械有限公司");

        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var visible = (await manager.GetJsonAsync<PagedDocument<EnterpriseDocument>>(Api))!.Items;
        Assert.Equal("城厢精密机械有限公司", Assert.Single(visible).DisplayName);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"{Api}/{other.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"{Api}/{other.Id}/units")).StatusCode);
    }

    [Fact]
    public async Task An_employee_reads_but_cannot_register_or_change_enterprises()
    {
        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");
        Assert.Equal(HttpStatusCode.OK, (await employee.Http.GetAsync(Api)).StatusCode);
        var response = await employee.Http.PostAsJsonAsync(Api, Enterprise("越权企业", NewCreditCode()));
        Assert.Equal(HttpStatusCode.Forbidden, response.StatusCode);
    }

    [Fact]
    public async Task An_enterprise_of_another_town_is_not_found()
    {
        using var shaxi = await TownAdminAsync("shaxi");
        var shaxiEnterprise = (await shaxi.GetJsonAsync<PagedDocument<EnterpriseDocument>>(Api))!.Items[0];
        using var chengxiang = await TownAdminAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await chengxiang.Http.GetAsync($"{Api}/{shaxiEnterprise.Id}")).StatusCode);
        var edit = await chengxiang.Http.PutAsJsonAsync($"{Api}/{shaxiEnterprise.Id}", Enterprise("改名", NewCreditCode()));
        Assert.Equal(HttpStatusCode.NotFound, edit.StatusCode);
    }

    [Fact]
    public async Task The_enterprise_card_shows_profile_units_and_people()
    {
        using var client = await TownAdminAsync();
        var enterprise = (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"{Api}?search={Uri.EscapeDataString("城厢精密机械")}"))!.Items.Single();
        var html = await client.Http.GetStringAsync($"/Organization/Enterprises/Details/{enterprise.Id}");
        Assert.Contains("统一社会信用代码", html);
        Assert.Contains("有限空间", html);
        Assert.Contains("机加工车间", html);
        Assert.Contains("数控车工", html);
    }
}

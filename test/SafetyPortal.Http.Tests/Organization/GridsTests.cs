using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Identity;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Inspections;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;
using static SafetyPortal.Http.Tests.Organization.GridClient;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>
/// A town draws its grids (网格), names each grid's safety officer and puts its enterprises in; the patrols follow. The demo
/// has 城厢一网格 (officer 王丽, 城厢精密机械 and 城厢新材料) and 沙溪一网格; the tests draw grids of their own beside them.
/// </summary>
public abstract class GridsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> SignedInAsync(string userName, string town = "chengxiang") => factory.CreatePortalClient().SignedInAsync(town, userName);

    [Fact]
    public async Task Town_admin_draws_a_grid_names_its_officer_and_the_enterprise_shows_its_grid()
    {
        using var townadmin = await SignedInAsync("townadmin");
        var grid = await townadmin.GridCreatedAsync();
        var officer = (await townadmin.GetJsonAsync<List<GridOfficerDocument>>($"{Grids}/officers"))!.Single(o => o.UserName == "officer");
        var enterprise = await townadmin.EnterpriseNamedAsync("城厢金属制品");

        Assert.Equal(HttpStatusCode.OK, (await townadmin.SetOfficerAsync(grid.Id, officer.Id)).StatusCode);
        var filled = (await (await townadmin.PutInAsync(grid.Id, enterprise.Id)).Content.ReadFromJsonAsync<GridDocument>())!;

        Assert.Equal(("王丽", true, 1), (filled.OfficerName, filled.OfficerIsSafetyOfficer, filled.EnterpriseCount));
        var listed = Assert.Single((await townadmin.GetJsonAsync<PagedDocument<GridDocument>>($"{Grids}?search={Uri.EscapeDataString(grid.Name)}"))!.Items);
        Assert.Equal(("王丽", 1), (listed.OfficerName, listed.EnterpriseCount));
        var inGrid = (await townadmin.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?gridId={grid.Id}"))!.Items;
        Assert.Equal(("城厢金属制品有限公司", grid.Name), (Assert.Single(inGrid).DisplayName, inGrid[0].GridName));
        Assert.Contains(grid.Name, await townadmin.Http.GetStringAsync($"/Organization/Enterprises/Details/{enterprise.Id}"), StringComparison.Ordinal);

        var renamed = NewGridName();
        Assert.Equal(HttpStatusCode.OK, (await townadmin.Http.PutAsJsonAsync($"{Grids}/{grid.Id}", new { name = renamed })).StatusCode);
        Assert.Equal(renamed, (await townadmin.EnterpriseNamedAsync("城厢金属制品")).GridName);
    }

    [Fact]
    public async Task A_missing_too_long_or_taken_name_and_an_officer_who_is_not_a_safety_officer_are_refused_naming_the_field()
    {
        using var townadmin = await SignedInAsync("townadmin");
        foreach (var (name, words) in new[] { ("", "请填写"), (new string('网', 65), "64"), ("城厢一网格", "已有") })
        {
            var refused = await RefusedAsync(await townadmin.Http.PostAsJsonAsync(Grids, new { name }));
            Assert.Contains(words, Assert.Single(refused.Errors!["Name"]), StringComparison.Ordinal);
        }
        var grid = await townadmin.GridCreatedAsync();
        var manager = (await townadmin.GetJsonAsync<PagedDocument<UserDocument>>("/api/identity/users?search=manager"))!.Items.First(u => u.UserName == "manager");

        var stranger = Guid.NewGuid();
        Assert.Contains(stranger.ToString(), Assert.Single((await RefusedAsync(await townadmin.SetOfficerAsync(grid.Id, stranger))).Errors!["OfficerId"]),
            StringComparison.Ordinal);
        var notOfficer = Assert.Single((await RefusedAsync(await townadmin.SetOfficerAsync(grid.Id, manager.Id))).Errors!["OfficerId"]);
        Assert.Contains("manager", notOfficer, StringComparison.Ordinal);
        Assert.Contains("专职安全员", notOfficer, StringComparison.Ordinal);
        Assert.Null((await townadmin.GetJsonAsync<GridDocument>($"{Grids}/{grid.Id}"))!.OfficerId);
    }

    [Fact]
    public async Task Putting_enterprises_in_is_all_or_nothing_and_the_error_names_the_other_towns_enterprise()
    {
        using var shaxi = await SignedInAsync("townadmin", "shaxi");
        var foreign = await shaxi.EnterpriseNamedAsync("沙溪纺织印染");
        using var townadmin = await SignedInAsync("townadmin");
        var grid = await townadmin.GridCreatedAsync();
        var own = await townadmin.EnterpriseNamedAsync("城厢金属制品");

        var refused = await RefusedAsync(await townadmin.PutInAsync(grid.Id, own.Id, foreign.Id));
        Assert.Equal(["enterpriseIds[1]"], refused.Errors!.Keys);
        Assert.Contains(foreign.Id.ToString(), refused.Errors["enterpriseIds[1]"][0], StringComparison.Ordinal);
        Assert.Equal(0, (await townadmin.GetJsonAsync<GridDocument>($"{Grids}/{grid.Id}"))!.EnterpriseCount);

        var notInGrid = await RefusedAsync(await townadmin.TakeOutAsync(grid.Id, (await townadmin.EnterpriseNamedAsync("城厢精密机械")).Id));
        Assert.Contains("不在", Assert.Single(notInGrid.Errors!["enterpriseIds[0]"]), StringComparison.Ordinal);
        Assert.Equal("EnterpriseIds", Assert.Single((await RefusedAsync(await townadmin.PutInAsync(grid.Id))).Errors!).Key);
    }

    [Fact]
    public async Task Deleting_a_grid_releases_its_enterprises()
    {
        using var townadmin = await SignedInAsync("townadmin");
        var grid = await townadmin.GridCreatedAsync();
        var enterprise = await townadmin.EnterpriseNamedAsync("城厢金属制品");
        Assert.Equal(HttpStatusCode.OK, (await townadmin.PutInAsync(grid.Id, enterprise.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await townadmin.TakeOutAsync(grid.Id, enterprise.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await townadmin.PutInAsync(grid.Id, enterprise.Id)).StatusCode);

        Assert.Equal(HttpStatusCode.NoContent, (await townadmin.Http.DeleteAsync($"{Grids}/{grid.Id}")).StatusCode);

        Assert.Equal(HttpStatusCode.NotFound, (await townadmin.Http.GetAsync($"{Grids}/{grid.Id}")).StatusCode);
        var released = await townadmin.EnterpriseNamedAsync("城厢金属制品");
        Assert.Null(released.GridName);
        Assert.Contains("未划入网格", await townadmin.Http.GetStringAsync($"/Organization/Enterprises/Details/{enterprise.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Another_towns_grid_is_not_listed_and_not_found()
    {
        using var shaxi = await SignedInAsync("townadmin", "shaxi");
        var foreign = Assert.Single((await shaxi.GetJsonAsync<PagedDocument<GridDocument>>(Grids))!.Items, g => g.Name == "沙溪一网格");
        using var townadmin = await SignedInAsync("townadmin");

        Assert.DoesNotContain((await townadmin.GetJsonAsync<PagedDocument<GridDocument>>($"{Grids}?pageSize=200"))!.Items, g => g.Id == foreign.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await townadmin.Http.GetAsync($"{Grids}/{foreign.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await townadmin.Http.PutAsJsonAsync($"{Grids}/{foreign.Id}", new { name = "越权" })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await townadmin.PutInAsync(foreign.Id, (await townadmin.EnterpriseNamedAsync("城厢金属制品")).Id)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await townadmin.Http.DeleteAsync($"{Grids}/{foreign.Id}")).StatusCode);
        Assert.Equal(1, (await shaxi.GetJsonAsync<GridDocument>($"{Grids}/{foreign.Id}"))!.EnterpriseCount);
    }

    [Fact]
    public async Task Enterprise_staff_are_refused_and_safety_officers_only_read_the_grids()
    {
        using var manager = await SignedInAsync("manager");
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync(Grids)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.PostAsJsonAsync(Grids, new { name = NewGridName() })).StatusCode);

        using var officer = await SignedInAsync("officer");
        Assert.Contains((await officer.GetJsonAsync<PagedDocument<GridDocument>>(Grids))!.Items, g => g.Name == "城厢一网格");
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.PostAsJsonAsync(Grids, new { name = NewGridName() })).StatusCode);
    }

    [Fact]
    public async Task A_patrol_goes_to_the_officer_of_the_enterprises_grid_while_they_hold_the_safety_officer_role()
    {
        using var townadmin = await SignedInAsync("townadmin");
        var userName = IdentityApi.NewName("grid");
        var newcomer = await townadmin.Http.CreateUserAsync(userName, roles: IdentityApi.Names("SafetyOfficer"));
        var grid = await townadmin.GridCreatedAsync();
        Assert.Equal(HttpStatusCode.OK, (await townadmin.SetOfficerAsync(grid.Id, newcomer.Id)).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await townadmin.PutInAsync(grid.Id, (await townadmin.EnterpriseNamedAsync("城厢食品加工")).Id)).StatusCode);

        var patrols = await townadmin.OpenedAsync("Patrol", "2041-02-10");

        var assignees = (await townadmin.InspectionTasksAsync($"cycleId={patrols.Cycle.Id}")).ToDictionary(t => t.EnterpriseName, t => t.AssigneeName);
        Assert.Equal(newcomer.DisplayName, assignees["城厢食品加工有限公司"]);
        Assert.Equal("王丽", assignees["城厢精密机械有限公司"]);
        Assert.Equal("王丽", assignees["城厢新材料科技有限公司"]);

        var demoted = await townadmin.Http.PutAsJsonAsync($"{IdentityApi.Users}/{newcomer.Id}/roles", new { roleNames = IdentityApi.Names("Employee") });
        Assert.True(demoted.IsSuccessStatusCode, await demoted.Content.ReadAsStringAsync());
        Assert.False((await townadmin.GetJsonAsync<GridDocument>($"{Grids}/{grid.Id}"))!.OfficerIsSafetyOfficer);
        var next = await townadmin.OpenedAsync("Patrol", "2041-04-10");
        var food = Assert.Single(await townadmin.InspectionTasksAsync($"cycleId={next.Cycle.Id}"), t => t.EnterpriseName == "城厢食品加工有限公司");
        Assert.Equal("王丽", food.AssigneeName);
    }

    [Fact]
    public async Task The_grid_pages_show_officer_and_enterprises_and_a_nameless_grid_is_refused_on_the_form()
    {
        using var townadmin = await SignedInAsync("townadmin");
        var list = await townadmin.Http.GetStringAsync("/Organization/Grids?search=" + Uri.EscapeDataString("城厢一网格"));
        Assert.Contains("城厢一网格", list, StringComparison.Ordinal);
        Assert.Contains("王丽", list, StringComparison.Ordinal);
        var demo = Assert.Single((await townadmin.GetJsonAsync<PagedDocument<GridDocument>>($"{Grids}?search={Uri.EscapeDataString("城厢一网格")}"))!.Items);
        var details = await townadmin.Http.GetStringAsync($"/Organization/Grids/Details/{demo.Id}");
        Assert.Contains("城厢精密机械有限公司", details, StringComparison.Ordinal);
        Assert.Contains("城厢新材料科技有限公司", details, StringComparison.Ordinal);

        using var form = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.Name"] = "",
            ["__RequestVerificationToken"] = await townadmin.GetAntiforgeryTokenAsync("/Organization/Grids"),
        });
        var posted = await townadmin.Http.PostAsync("/Organization/Grids", form);
        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("请填写网格名称", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}

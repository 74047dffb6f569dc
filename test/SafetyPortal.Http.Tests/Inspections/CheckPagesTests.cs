using System.Net;
using System.Text.RegularExpressions;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>
/// 排查检查 pages: one's own tasks on the index, the checklist page, the town admin's opening form and the service worker.
/// Each test opens periods of its own year after 2040, so none closes another's cycle (InspectionCyclesTests use 2031-2037).
/// </summary>
public abstract class CheckPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Page = "/Inspections/Checks";

    [Fact]
    public async Task The_manager_finds_their_self_check_on_the_index_and_its_page_lists_every_item_with_the_answer_buttons()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2041-02-10");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));

        var index = await manager.Http.GetStringAsync(Page);

        var mine = Regex.Match(index, "data-testid=\"my-tasks\"(.*?)</section>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains($"data-task-id=\"{task.Id}\"", mine, StringComparison.Ordinal);
        Assert.Contains(WebUtility.HtmlEncode(task.EnterpriseName), mine, StringComparison.Ordinal);
        Assert.Contains("企业自查", mine, StringComparison.Ordinal);
        Assert.Contains($"0/{task.ItemCount} 项", mine, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Inspections/Checks/Task/{task.Id}\"", mine, StringComparison.Ordinal);

        var checklist = await manager.ChecklistAsync(task.Id);
        var html = await manager.Http.GetStringAsync($"{Page}/Task/{task.Id}");

        Assert.Contains("data-editable=\"true\"", html, StringComparison.Ordinal);
        Assert.Contains("通用检查项", html, StringComparison.Ordinal);
        Assert.All(checklist.Items, item =>
        {
            Assert.Contains($"data-item=\"{item.Id}\"", html, StringComparison.Ordinal);
            Assert.Contains(WebUtility.HtmlEncode(item.Text), html, StringComparison.Ordinal);
        });
        Assert.Equal(checklist.Items.Count * 3, Regex.Count(html, "data-choice=\"(Passed|Failed|NotApplicable)\""));
        Assert.Contains("/_content/SafetyPortal.Inspections/checklist.js", html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_town_sees_a_cycles_coverage_and_its_task_list_filtered_by_cycle_and_enterprise_name()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("Patrol", "2042-05-06");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}"));

        var index = await townadmin.Http.GetStringAsync(Page);
        var byCycle = await townadmin.Http.GetStringAsync($"{Page}?cycleId={opened.Cycle.Id}&search={Uri.EscapeDataString(task.EnterpriseName)}");
        var nobody = await townadmin.Http.GetStringAsync($"{Page}?cycleId={opened.Cycle.Id}&search=NoSuchEnterprise{Guid.NewGuid():N}");

        var cycleRow = Regex.Match(index, $"<tr data-cycle-id=\"{opened.Cycle.Id}\">(.*?)</tr>", RegexOptions.Singleline).Groups[1].Value;
        Assert.Contains("2042-05-01~2042-06-30", cycleRow, StringComparison.Ordinal);
        Assert.Contains("0.0%", cycleRow, StringComparison.Ordinal);
        Assert.Contains($"href=\"/Inspections/Checks?cycleId={opened.Cycle.Id}#tasks\"", cycleRow, StringComparison.Ordinal);
        Assert.Contains("id=\"open-cycle-form\"", index, StringComparison.Ordinal);
        Assert.Contains($"data-task-id=\"{task.Id}\"", byCycle, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"empty\"", nobody, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_admin_opens_a_tiers_current_cycle_on_the_page_and_an_unchosen_tier_is_refused_on_the_form()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var token = await townadmin.GetAntiforgeryTokenAsync(Page);

        var refused = await townadmin.Http.PostAsync($"{Page}?handler=Open", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["OpenTier"] = "",
        }));
        var opened = await townadmin.Http.PostAsync($"{Page}?handler=Open", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["OpenTier"] = "Inspection",
        }));

        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-testid=\"open-errors\"", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var shown = await townadmin.Http.GetStringAsync(opened.Headers.Location!.OriginalString);
        Assert.Matches("data-testid=\"opened\">已开启 \\d+ 项检查任务。<", shown);
    }

    [Fact]
    public async Task An_enterprise_user_gets_not_found_for_another_enterprises_checklist()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2043-08-08");
        var mine = await manager.EnterpriseOfAsync();
        var others = (await townadmin.InspectionTasksAsync($"cycleId={opened.Cycle.Id}")).First(t => t.EnterpriseId != mine);

        var response = await manager.Http.GetAsync($"{Page}/Task/{others.Id}");
        var town = await townadmin.Http.GetStringAsync($"{Page}/Task/{others.Id}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains("data-testid=\"read-only\"", town, StringComparison.Ordinal);
        Assert.Contains("data-editable=\"false\"", town, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_checklist_service_worker_is_served_as_javascript_allowed_to_control_the_checks_list_and_its_pages()
    {
        using var anonymous = factory.CreatePortalClient();

        var response = await anonymous.Http.GetAsync($"{Page}/checklist-sw.js");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/javascript", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("/Inspections/Checks", Assert.Single(response.Headers.GetValues("Service-Worker-Allowed")));
        var script = await response.Content.ReadAsStringAsync();
        Assert.Contains("addEventListener('fetch'", script, StringComparison.Ordinal);
        Assert.Contains("caches.delete", script, StringComparison.Ordinal);
    }
}

public sealed class CheckPagesTestsOnSqlite(SqlitePortalFactory factory) : CheckPagesTests<SqlitePortalFactory>(factory);

public sealed class CheckPagesTestsOnMariaDb(MariaDbPortalFactory factory) : CheckPagesTests<MariaDbPortalFactory>(factory);

using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Screening;

/// <summary>
/// 前置研判 over the demo: in each of 城厢镇 and 沙溪镇 the principal's enterprise (城厢精密机械, 沙溪粉末冶金) has six
/// risk points (1 重大, 1 较大, 2 一般, 2 低; categories PM-001, GEN-001, PM-002, MC-001, MC-002, GEN-002), the others none.
/// </summary>
public abstract class ScreeningTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/risks/screening";

    private Task<PortalClient> SignInAsync(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    private static object Condition(string key, object parameters) => new { key, parameters };

    private static string[] Of(params string[] values) => values;

    private static async Task<PagedDocument<ScreeningResultDocument>> RunAsync(PortalClient client, params object[] conditions)
    {
        var response = await client.Http.PostAsJsonAsync($"{Api}/run", new { conditions, pageSize = 100 });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<PagedDocument<ScreeningResultDocument>>())!;
    }

    private static readonly object[] ConfinedSpaceWithMajorRiskOfGen001 =
    [
        Condition("organization.key-sites", new { sites = Of("ConfinedSpace") }),
        Condition("risks.level-count", new { levels = Of("Major"), count = new { min = 1 } }),
        Condition("risks.category", new { codes = "GEN-001" }),
    ];

    [Fact]
    public async Task Three_conditions_find_exactly_the_enterprise_that_meets_them_all_with_a_reason_each()
    {
        using var inspector = await SignInAsync("chengxiang", "inspector");
        var result = await RunAsync(inspector, ConfinedSpaceWithMajorRiskOfGen001);
        var match = Assert.Single(result.Items);
        Assert.Equal("城厢精密机械有限公司", match.Name);
        Assert.Equal(["organization.key-sites", "risks.level-count", "risks.category"], match.Reasons.Select(r => r.Key));
        Assert.Equal(["重点场所与工艺：有限空间", "重大风险 1 处", "GEN-001 有限空间作业 1 处"], match.Reasons.Select(r => r.Text));
        Assert.Equal("Red", match.Reasons[1].Tone);
        Assert.Null(match.TownName);
    }

    [Fact]
    public async Task A_count_range_from_zero_also_finds_enterprises_without_such_risks()
    {
        using var inspector = await SignInAsync("chengxiang", "inspector");
        var result = await RunAsync(inspector,
            Condition("organization.key-sites", new { sites = Of("ConfinedSpace") }),
            Condition("risks.level-count", new { levels = Of("Major"), count = new { max = 0 } }));
        var match = Assert.Single(result.Items);
        Assert.Equal("城厢食品加工有限公司", match.Name);
        Assert.Equal("重大风险 0 处", match.Reasons[1].Text);
    }

    [Fact]
    public async Task A_town_user_never_sees_another_towns_enterprises()
    {
        using var officer = await SignInAsync("shaxi", "officer");
        var result = await RunAsync(officer, Condition("risks.level", new { levels = Of("Major", "Significant") }));
        var match = Assert.Single(result.Items);
        Assert.Equal("沙溪粉末冶金有限公司", match.Name);
        Assert.Equal("重大风险 1 处、较大风险 1 处", match.Reasons[0].Text);
    }

    [Fact]
    public async Task The_bureau_screens_every_town_and_sees_the_town_of_each_match()
    {
        using var bureau = await SignInAsync(null, "admin");
        var result = await RunAsync(bureau, Condition("risks.level-count", new { levels = Of("Major"), count = new { min = 1, max = 5 } }));
        Assert.Equal([("城厢镇", "城厢精密机械有限公司"), ("沙溪镇", "沙溪粉末冶金有限公司")],
            result.Items.Select(r => (r.TownName!, r.Name)).Order());
    }

    [Fact]
    public async Task A_condition_of_the_Organization_module_takes_part_in_the_screening()
    {
        using var bureau = await SignInAsync(null, "admin");
        var definitions = await bureau.GetJsonAsync<List<ScreeningDefinitionDocument>>($"{Api}/conditions");
        Assert.Contains(definitions!, d => d.Key == "organization.regulatory-grade" && d.Name == "监管等级" && d.Group == "企业信息");
        var result = await RunAsync(bureau,
            Condition("risks.verification", new { states = Of("Pending") }),
            Condition("organization.regulatory-grade", new { values = Of("A") }),
            Condition("organization.industry", new { codes = "C31, C26" }));
        var match = Assert.Single(result.Items);
        Assert.Equal(("沙溪粉末冶金有限公司", "监管等级：A 级", "所属行业：C31"), (match.Name, match.Reasons[1].Text, match.Reasons[2].Text));
    }

    [Fact]
    public async Task Bad_conditions_are_refused_naming_the_condition_and_the_parameter()
    {
        using var inspector = await SignInAsync("chengxiang", "inspector");
        var response = await inspector.Http.PostAsJsonAsync($"{Api}/run", new
        {
            conditions = new[]
            {
                Condition("risks.no-such-condition", new { }),
                Condition("risks.level", new { levels = Of("Extreme") }),
                Condition("risks.level-count", new { levels = Of("Major"), count = new { min = -1 } }),
                Condition("organization.scale", new { values = 3 }),
            },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
        Assert.Equal(["conditions[0].key", "conditions[1].risks.level.levels", "conditions[2].risks.level-count.count", "conditions[3].organization.scale.values"],
            problem.Errors!.Keys.Order());
        Assert.Contains("risks.no-such-condition", problem.Errors["conditions[0].key"][0]);
        Assert.Contains("Extreme", problem.Errors["conditions[1].risks.level.levels"][0]);
        Assert.Contains("-1", problem.Errors["conditions[2].risks.level-count.count"][0]);

        var unknownCode = await inspector.Http.PostAsJsonAsync($"{Api}/run", new { conditions = new[] { Condition("risks.category", new { codes = "GEN-001, XX-999" }) } });
        Assert.Equal(HttpStatusCode.BadRequest, unknownCode.StatusCode);
        var codeProblem = (await unknownCode.Content.ReadFromJsonAsync<ProblemDocument>())!;
        Assert.Contains("XX-999", Assert.Single(codeProblem.Errors!["conditions[0].risks.category.codes"]));
    }

    [Fact]
    public async Task A_saved_screening_is_listed_run_changed_and_deleted_by_its_owner()
    {
        using var inspector = await SignInAsync("chengxiang", "inspector");
        var created = await inspector.Http.PostAsJsonAsync($"{Api}/saved", new { name = "有限空间重大风险", isShared = true, conditions = ConfinedSpaceWithMajorRiskOfGen001 });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var saved = (await created.Content.ReadFromJsonAsync<SavedScreeningDocument>())!;
        Assert.Equal(3, saved.Conditions.Count);
        Assert.Contains(await inspector.GetJsonAsync<List<SavedScreeningDocument>>($"{Api}/saved") ?? [], s => s.Id == saved.Id && s.IsOwn);

        var run = await inspector.Http.PostAsync($"{Api}/saved/{saved.Id}/run", null);
        Assert.Equal("城厢精密机械有限公司", Assert.Single((await run.Content.ReadFromJsonAsync<PagedDocument<ScreeningResultDocument>>())!.Items).Name);

        using var officer = await SignInAsync("chengxiang", "officer");
        Assert.Contains(await officer.GetJsonAsync<List<SavedScreeningDocument>>($"{Api}/saved") ?? [], s => s.Id == saved.Id && !s.IsOwn);
        Assert.Equal(HttpStatusCode.Forbidden, (await officer.Http.DeleteAsync($"{Api}/saved/{saved.Id}")).StatusCode);

        var renamed = await inspector.Http.PutAsJsonAsync($"{Api}/saved/{saved.Id}", new { name = "改名", conditions = ConfinedSpaceWithMajorRiskOfGen001, concurrencyStamp = saved.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var stale = await inspector.Http.PutAsJsonAsync($"{Api}/saved/{saved.Id}", new { name = "再改", conditions = ConfinedSpaceWithMajorRiskOfGen001, concurrencyStamp = saved.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.NoContent, (await inspector.Http.DeleteAsync($"{Api}/saved/{saved.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await inspector.Http.GetAsync($"{Api}/saved/{saved.Id}")).StatusCode);
    }

    [Fact]
    public async Task The_export_is_a_workbook_with_a_row_per_match_and_a_column_per_condition()
    {
        using var bureau = await SignInAsync(null, "admin");
        var response = await bureau.Http.PostAsJsonAsync($"{Api}/export", new { conditions = new[] { Condition("risks.level", new { levels = Of("Major") }) } });
        Assert.True(response.StatusCode == HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        using var workbook = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = workbook.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(2, rows.Count);
        Assert.Equal(["城厢精密机械有限公司", "沙溪粉末冶金有限公司"], rows.Select(r => (string)r["企业名称"]!).Order());
        Assert.All(rows, r => Assert.Equal("重大风险 1 处", r["存在某等级风险"]));
    }

    [Fact]
    public async Task Enterprise_staff_cannot_screen()
    {
        using var principal = await SignInAsync("chengxiang", "principal");
        Assert.Equal(HttpStatusCode.Forbidden, (await principal.Http.PostAsJsonAsync($"{Api}/run", new { conditions = ConfinedSpaceWithMajorRiskOfGen001 })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await principal.Http.GetAsync($"{Api}/conditions")).StatusCode);
    }

    [Fact]
    public async Task The_screening_page_shows_the_matches_with_their_reasons()
    {
        using var inspector = await SignInAsync("chengxiang", "inspector");
        var q = System.Text.Json.JsonSerializer.Serialize(ConfinedSpaceWithMajorRiskOfGen001);
        var page = await inspector.Http.GetStringAsync($"/Risks/Screening?q={Uri.EscapeDataString(q)}");
        Assert.Contains("城厢精密机械有限公司", page);
        Assert.Contains("GEN-001 有限空间作业 1 处", page);
        Assert.DoesNotContain("城厢食品加工有限公司", page);
    }
}

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MiniExcelLibs;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Risks;

/// <summary>Enterprises report risk points, towns verify them; catalogues stay in their town; registers export; imports report per row.</summary>
public abstract class RiskLibraryTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Points = "/api/risks/points";
    private static readonly string[] OneLine = ["措施一"];

    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    private static object Point(string location, string category = "MC-001", decimal l = 3, decimal s = 3, string? person = null,
        string method = "LS", decimal? e = null, Guid? enterpriseId = null) => new
    {
        enterpriseId, categoryCode = category, name = "冲压线 " + location, location, equipment = "200T冲床", method,
        likelihood = l, exposure = e, severity = s, responsiblePerson = person,
        measures = new[] { new { description = "光电保护装置点检", frequency = "Daily", responsibleRole = "操作工" } },
    };

    private static async Task<RiskPointCardDocument> ReportAsync(PortalClient client, object point)
    {
        var response = await client.Http.PostAsJsonAsync(Points, point);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RiskPointCardDocument>())!;
    }

    private static async Task<ProblemDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
    }

    [Fact]
    public async Task Enterprise_reports_a_risk_point_and_the_town_verifies_it()
    {
        using var manager = await As("chengxiang", "manager");
        var card = await ReportAsync(manager, Point("A-" + Guid.NewGuid().ToString("N")[..6], l: 4, s: 4, person: "李军"));
        Assert.Equal(("Significant", "Pending", 16m), (card.Level, card.Verification, card.Score));

        using var inspector = await As("chengxiang", "inspector");
        var response = await inspector.Http.PostAsJsonAsync($"{Points}/{card.Id}/verify", new { concurrencyStamp = card.ConcurrencyStamp });
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        var verified = (await response.Content.ReadFromJsonAsync<RiskPointCardDocument>())!;
        Assert.Equal("Verified", verified.Verification);
        Assert.Equal(["Verified", "Reported"], verified.History.Select(h => h.Kind));
        Assert.Contains(verified.History[1].Changes, c => c.StartsWith("Level: Significant", StringComparison.Ordinal));

        // The enterprise may not verify its own report.
        var own = await manager.Http.PostAsJsonAsync($"{Points}/{card.Id}/verify", new { concurrencyStamp = verified.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Forbidden, own.StatusCode);
    }

    [Fact]
    public async Task Town_returns_a_risk_point_only_with_a_reason_and_a_stale_edit_is_refused()
    {
        using var manager = await As("chengxiang", "principal");
        var card = await ReportAsync(manager, Point("B-" + Guid.NewGuid().ToString("N")[..6]));
        using var officer = await As("chengxiang", "officer");
        var problem = await RefusedAsync(await officer.Http.PostAsJsonAsync($"{Points}/{card.Id}/return", new { concurrencyStamp = card.ConcurrencyStamp }));
        Assert.Contains("Reason", problem.Errors!.Keys);

        var returned = await officer.Http.PostAsJsonAsync($"{Points}/{card.Id}/return", new { reason = "位置不具体", concurrencyStamp = card.ConcurrencyStamp });
        var returnedCard = (await returned.Content.ReadFromJsonAsync<RiskPointCardDocument>())!;
        Assert.Equal(("Returned", "位置不具体"), (returnedCard.Verification, returnedCard.ReturnReason));

        var edited = await manager.Http.PutAsJsonAsync($"{Points}/{card.Id}", Point(card.Location + " 2号线"));
        Assert.Equal(HttpStatusCode.Conflict, edited.StatusCode);
    }

    [Fact]
    public async Task Enterprise_staff_see_only_their_own_enterprise()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        using var employee = await As("chengxiang", "employee");
        var own = (await employee.Http.GetFromJsonAsync<PagedDocument<RiskPointRowDocument>>($"{Points}?pageSize=200"))!;
        Assert.NotEmpty(own.Items);
        var enterprises = (await townAdmin.Http.GetFromJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises?pageSize=200"))!;
        var other = enterprises.Items.First(e => e.Id != own.Items[0].EnterpriseId);
        var foreign = await ReportAsync(townAdmin, Point("C-" + Guid.NewGuid().ToString("N")[..6], enterpriseId: other.Id));

        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync($"{Points}/{foreign.Id}")).StatusCode);
        var again = (await employee.Http.GetFromJsonAsync<PagedDocument<RiskPointRowDocument>>($"{Points}?pageSize=200"))!;
        Assert.All(again.Items, p => Assert.Equal(own.Items[0].EnterpriseId, p.EnterpriseId));
        // Employees read; they do not report.
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.PostAsJsonAsync(Points, Point("D"))).StatusCode);
        using var manager = await As("chengxiang", "manager");
        var problem = await RefusedAsync(await manager.Http.PostAsJsonAsync(Points, Point("E", enterpriseId: other.Id)));
        Assert.Contains("EnterpriseId", problem.Errors!.Keys);
    }

    [Fact]
    public async Task A_towns_own_catalogue_entries_stay_in_that_town_and_host_entries_are_read_only()
    {
        using var chengxiang = await As("chengxiang", "townadmin");
        var industry = await chengxiang.Http.PostAsJsonAsync("/api/risks/industries", new { code = "CX-IND", name = "城厢特色产业" });
        Assert.True(industry.IsSuccessStatusCode, await industry.Content.ReadAsStringAsync());
        var industryId = (await industry.Content.ReadFromJsonAsync<CategoryDocument>())!.Id;
        var created = await chengxiang.Http.PostAsJsonAsync("/api/risks/categories",
            new { industryId, code = "CX-001", name = "城厢自定义类别", controlMeasures = OneLine, checkPoints = OneLine, keySites = "ConfinedSpace" });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var own = (await created.Content.ReadFromJsonAsync<CategoryDocument>())!;

        using var shaxi = await As("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"/api/risks/categories/{own.Id}")).StatusCode);
        var seen = (await shaxi.Http.GetFromJsonAsync<PagedDocument<CategoryDocument>>("/api/risks/categories?pageSize=200"))!;
        Assert.DoesNotContain(seen.Items, c => c.Code == "CX-001");
        var host = Assert.Single(seen.Items, c => c.Code == "GEN-001");
        Assert.True(host.IsShared);
        var edit = await shaxi.Http.PutAsJsonAsync($"/api/risks/categories/{host.Id}", new { name = "改名", concurrencyStamp = "x" });
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);

        // A town's point may use its own entry; another town's code is unknown there.
        using var shaxiManager = await As("shaxi", "manager");
        var problem = await RefusedAsync(await shaxiManager.Http.PostAsJsonAsync(Points, Point("F", category: "CX-001")));
        Assert.Contains("CategoryCode", problem.Errors!.Keys);
    }

    [Fact]
    public async Task Bad_input_is_refused_field_by_field_and_nothing_is_saved()
    {
        using var manager = await As("chengxiang", "manager");
        var before = (await manager.Http.GetFromJsonAsync<PagedDocument<RiskPointRowDocument>>($"{Points}?pageSize=1"))!.TotalCount;
        Assert.Contains("CategoryCode", (await RefusedAsync(await manager.Http.PostAsJsonAsync(Points, Point("G", category: "NOPE-9")))).Errors!.Keys);
        Assert.Contains("Likelihood", (await RefusedAsync(await manager.Http.PostAsJsonAsync(Points, Point("G", l: 6)))).Errors!.Keys);
        Assert.Contains("Exposure", (await RefusedAsync(await manager.Http.PostAsJsonAsync(Points, Point("G", method: "LEC", l: 3, e: 4, s: 7)))).Errors!.Keys);
        Assert.Contains("ResponsiblePerson", (await RefusedAsync(await manager.Http.PostAsJsonAsync(Points, Point("G", l: 5, s: 5)))).Errors!.Keys);
        var location = "H-" + Guid.NewGuid().ToString("N")[..6];
        await ReportAsync(manager, Point(location));
        Assert.Contains("Location", (await RefusedAsync(await manager.Http.PostAsJsonAsync(Points, Point(location)))).Errors!.Keys);
        var after = (await manager.Http.GetFromJsonAsync<PagedDocument<RiskPointRowDocument>>($"{Points}?pageSize=1"))!.TotalCount;
        Assert.Equal(before + 1, after);
    }

    [Fact]
    public async Task Register_exports_a_real_workbook_with_its_rows()
    {
        using var manager = await As("chengxiang", "manager");
        var list = (await manager.Http.GetFromJsonAsync<PagedDocument<RiskPointRowDocument>>($"{Points}?pageSize=200"))!;
        var response = await manager.Http.GetAsync($"{Points}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(list.TotalCount, rows.Count);
        Assert.Contains(rows, r => r.Values.Contains(list.Items[0].Name));
    }

    [Fact]
    public async Task Risk_point_import_reports_each_bad_row_and_saves_the_good_ones()
    {
        using var manager = await As("chengxiang", "manager");
        var tag = Guid.NewGuid().ToString("N")[..6];
        var workbook = ImportClient.Workbook(["类别编码", "名称", "位置", "评价方法", "可能性L", "严重性S或后果C", "责任人", "管控措施"],
            ["MC-002", "行车", "仓库" + tag, "LS", 2, 4, null, "吊索具每日检查"],
            ["NOPE-1", "未知", "车间" + tag, "LS", 2, 2, null, null],
            ["MC-002", "重大", "二号仓库" + tag, "LS", 5, 5, null, null],
            ["MC-002", "行车重复", "仓库" + tag, "LS", 1, 1, null, null]);
        var report = await UploadAsync(manager, "/api/risks/import/points", workbook);
        Assert.Equal((4, 1, 3), (report.TotalRows, report.Created, report.Rejected));
        Assert.Contains(report.Errors, e => e.Row == 3 && e.Column == "类别编码");
        Assert.Contains(report.Errors, e => e.Row == 4 && e.Column == "责任人");
        Assert.Contains(report.Errors, e => e.Row == 5 && e.Column == "位置");
    }
    [Fact]
    public async Task Register_and_card_pages_show_levels_in_their_colours_with_measures_check_points_and_history()
    {
        using var manager = await As("chengxiang", "manager");
        var html = await manager.Http.GetStringAsync("/Risks/Register");
        Assert.Contains("badge risk-major text-bg-danger", html, StringComparison.Ordinal);
        Assert.Contains("data-level=\"Major\"", html, StringComparison.Ordinal);
        var major = (await manager.Http.GetFromJsonAsync<PagedDocument<RiskPointRowDocument>>($"{Points}?level=Major"))!.Items[0];
        var card = await manager.Http.GetStringAsync($"/Risks/Points/Details/{major.Id}");
        Assert.Contains("data-testid=\"measures\"", card, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"check-points\"", card, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"history\"", card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Catalogue_import_creates_the_towns_own_entries_and_a_changed_row_makes_a_new_version()
    {
        using var townAdmin = await As("shaxi", "townadmin");
        var tag = Guid.NewGuid().ToString("N")[..4].ToUpperInvariant();
        byte[] Workbook(string hazards) => ImportClient.Workbook(["行业编码", "行业名称", "类别编码", "名称", "典型危险有害因素", "管控措施", "重点场所与工艺"],
            ["SX" + tag, "沙溪纺织", "SX-" + tag, "纺织粉尘", hazards, "每日清扫", "粉尘涉爆"],
            ["SX" + tag, null, "GEN-001", "改写市局类别", null, null, null],
            ["SX" + tag, null, "SX2-" + tag, "", null, null, "不存在的场所"]);
        var first = await UploadAsync(townAdmin, "/api/risks/import/catalogue", Workbook("火灾"));
        Assert.Equal((3, 1, 0, 2), (first.TotalRows, first.Created, first.Updated, first.Rejected));
        Assert.Contains(first.Errors, e => e.Row == 3 && e.Column == "类别编码");
        Assert.Contains(first.Errors, e => e.Row == 4 && e.Column == "名称");
        Assert.Contains(first.Errors, e => e.Row == 4 && e.Column == "重点场所与工艺");
        var second = await UploadAsync(townAdmin, "/api/risks/import/catalogue", Workbook("火灾、爆炸"));
        Assert.Equal((0, 1), (second.Created, second.Updated));
        var list = (await townAdmin.Http.GetFromJsonAsync<PagedDocument<CategoryDocument>>($"/api/risks/categories?search=SX-{tag}"))!;
        var entry = Assert.Single(list.Items);
        Assert.False(entry.IsShared);
        Assert.Equal(HttpStatusCode.OK, (await townAdmin.Http.GetAsync($"/api/risks/categories/{entry.Id}/versions/1")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await townAdmin.Http.GetAsync($"/api/risks/categories/{entry.Id}/versions/2")).StatusCode);
    }

    [Fact]
    public async Task The_bureau_overview_covers_every_town_and_a_towns_only_its_own()
    {
        using var bureau = await As(null, "admin");
        var city = (await bureau.Http.GetFromJsonAsync<RiskOverviewDocument>("/api/risks/overview"))!;
        Assert.True(city.ByTown.Count >= 2, "the demo towns chengxiang and shaxi both have risk points");
        Assert.Contains(city.MajorRiskEnterprises, e => e.TownName is not null);

        using var inspector = await As("chengxiang", "inspector");
        var town = (await inspector.Http.GetFromJsonAsync<RiskOverviewDocument>("/api/risks/overview"))!;
        Assert.Empty(town.ByTown);
        Assert.True(town.Total < city.Total);
        Assert.Equal(town.Total, town.ByLevel.Values.Sum());

        using var employee = await As("chengxiang", "employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync("/api/risks/overview")).StatusCode);
    }

    private static async Task<RiskImportDocument> UploadAsync(PortalClient client, string url, byte[] workbook)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Risks/Catalogue");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(workbook);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", "upload.xlsx");
        form.Add(new StringContent(token), "__RequestVerificationToken");
        var response = await client.Http.PostAsync(url, form);
        Assert.True(response.IsSuccessStatusCode, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RiskImportDocument>())!;
    }
}

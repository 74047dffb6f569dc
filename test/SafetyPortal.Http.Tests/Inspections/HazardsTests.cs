using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Workflows;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Hazards reported, closed through the hazard-closure process, and kept in the register of each side.</summary>
public abstract class HazardsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Hazards = "/api/inspections/hazards";

    [Fact]
    public async Task A_reported_hazard_waits_in_the_register_for_the_town_to_confirm_its_level()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var enterpriseId = await EnterpriseOfAsync(principal);
        var description = "配电箱前堆放杂物 " + Guid.NewGuid().ToString("N")[..6];

        var hazard = await ReportedAsync(principal, new { enterpriseId, description, location = "二号车间" });

        Assert.Equal("Reported", hazard.Status);
        Assert.Equal("General", hazard.Level);
        Assert.Equal("principal", hazard.ReporterName);
        Assert.NotEqual("", hazard.EnterpriseName);
        var row = Assert.Single((await RegisterAsync(inspector, $"search={Uri.EscapeDataString(description)}")).Items);
        Assert.Equal(hazard.Id, row.Id);
        var confirm = Assert.Single(await inspector.TasksAsync("groups", hazard.Id.ToString()));
        Assert.Equal("ConfirmLevel", confirm.ElementId);
    }

    [Fact]
    public async Task A_major_hazard_closes_after_rectification_and_a_second_verification()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var enterpriseId = await EnterpriseOfAsync(principal);
        var hazard = await ReportedAsync(inspector, new { enterpriseId, description = "液氨储罐区未设置泄漏报警" });
        var key = hazard.Id.ToString();

        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("groups", key)).Id, new { level = "Major" });
        var rectifying = await StatusAsync(inspector, hazard.Id, "Rectifying");
        Assert.Equal("Major", rectifying.Level);
        Assert.InRange(rectifying.Deadline!.Value, DateTime.UtcNow.AddDays(29), DateTime.UtcNow.AddDays(31));

        await principal.CompletedAsync((await TaskAsync(principal, key, "Rectify")).Id);
        Assert.NotNull((await StatusAsync(inspector, hazard.Id, "Verifying")).RectifiedTime);
        await inspector.CompletedAsync((await TaskAsync(inspector, key, "Verify")).Id, new { passed = false });
        await StatusAsync(inspector, hazard.Id, "Rectifying");
        await principal.CompletedAsync((await TaskAsync(principal, key, "Rectify")).Id);
        await StatusAsync(inspector, hazard.Id, "Verifying");
        await inspector.CompletedAsync((await TaskAsync(inspector, key, "Verify")).Id, new { passed = true });

        var closed = await StatusAsync(principal, hazard.Id, "Closed");
        Assert.NotNull(closed.ClosedTime);
        var summary = (await principal.GetJsonAsync<HazardSummaryDocument>($"{Hazards}/summary?enterpriseId={enterpriseId}"))!;
        Assert.True(summary.Closed >= 1);
        Assert.Equal(Math.Round(100m * summary.Closed / summary.Total, 1), summary.ClosureRate);
    }

    [Fact]
    public async Task A_report_without_description_or_enterprise_is_refused_naming_each_field_and_saves_nothing()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var before = (await RegisterAsync(principal, "")).TotalCount;

        var refused = await RefusedAsync(await principal.Http.PostAsJsonAsync(Hazards, new { description = "  ", location = new string('x', 201) }));

        Assert.Equal(["description", "enterpriseId", "location"], refused.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(before, (await RegisterAsync(principal, "")).TotalCount);
    }

    [Fact]
    public async Task Enterprise_staff_report_and_see_only_their_own_enterprise()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var own = await EnterpriseOfAsync(principal);
        var other = (await townadmin.GetJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises?pageSize=50"))!
            .Items.First(e => e.Id != own).Id;
        var elsewhere = await ReportedAsync(townadmin, new { enterpriseId = other, description = "消防通道堵塞" });

        var refused = await RefusedAsync(await principal.Http.PostAsJsonAsync(Hazards, new { enterpriseId = other, description = "消防通道堵塞" }));

        Assert.Equal(["enterpriseId"], refused.Errors!.Keys);
        Assert.DoesNotContain((await RegisterAsync(principal, "pageSize=200")).Items, h => h.EnterpriseId != own);
        Assert.Equal(HttpStatusCode.NotFound, (await principal.Http.GetAsync($"{Hazards}/{elsewhere.Id}")).StatusCode);
        Assert.Contains((await RegisterAsync(townadmin, $"enterpriseId={other}")).Items, h => h.Id == elsewhere.Id);
    }

    [Fact]
    public async Task The_register_exports_to_excel()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        await ReportedAsync(inspector, new { enterpriseId = await EnterpriseOfAsync(principal), description = "叉车无证驾驶" });

        var response = await inspector.Http.GetAsync($"{Hazards}/export?status=Reported");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    private static async Task<Guid> EnterpriseOfAsync(PortalClient client)
    {
        var me = await client.GetJsonAsync<MeDocument>("/api/account/me");
        return Guid.Parse(me!.OrganizationUnits.Select(u => u.GetProperty("enterpriseId").GetString()).First(e => e is not null)!);
    }

    private static async Task<HazardDocument> ReportedAsync(PortalClient client, object request)
    {
        var response = await client.Http.PostAsJsonAsync(Hazards, request);
        Assert.True(response.StatusCode == HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<HazardDocument>())!;
    }

    private static async Task<ProblemDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        return (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
    }

    private static async Task<PagedDocument<HazardDocument>> RegisterAsync(PortalClient client, string query) =>
        (await client.GetJsonAsync<PagedDocument<HazardDocument>>($"{Hazards}?{query}"))!;

    /// <summary>The status follows the process through its service tasks, which run as background jobs.</summary>
    private static Task<HazardDocument> StatusAsync(PortalClient client, Guid id, string status) =>
        Eventually.ReturnsAsync(async () => (await client.GetJsonAsync<HazardDocument>($"{Hazards}/{id}"))!, h => h.Status == status, $"the hazard to be {status}");

    private static async Task<TaskDocument> TaskAsync(PortalClient client, string key, string elementId) =>
        (await Eventually.ReturnsAsync(async () => (await client.TasksAsync("all", key)).FirstOrDefault(t => t.ElementId == elementId),
            t => t is not null, $"the {elementId} task"))!;
}

using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Notifications;
using SafetyPortal.Http.Tests.Workflows;
using SkiaSharp;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Hazards reported, closed through the hazard-closure process, and kept in the register of each side.</summary>
public abstract class HazardsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task A_reported_hazard_waits_in_the_register_for_the_town_to_confirm_its_level()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var enterpriseId = await principal.EnterpriseOfAsync();
        var description = "配电箱前堆放杂物 " + Guid.NewGuid().ToString("N")[..6];

        var hazard = await principal.ReportedAsync(new { enterpriseId, description, location = "二号车间" });

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
    public async Task A_major_hazard_is_reported_to_the_bureau_and_closes_after_rectification_and_a_second_verification()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var enterpriseId = await principal.EnterpriseOfAsync();
        var hazard = await inspector.ReportedAsync(new { enterpriseId, description = "液氨储罐区未设置泄漏报警" });
        var key = hazard.Id.ToString();

        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("groups", key)).Id, new { level = "Major" });
        var rectifying = await inspector.StatusAsync(hazard.Id, "Rectifying");
        Assert.Equal("Major", rectifying.Level);
        Assert.InRange(rectifying.Deadline!.Value, DateTime.UtcNow.AddDays(29), DateTime.UtcNow.AddDays(31));
        using (var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin"))
        {
            var notice = Assert.Single(await bureau.NoticesAsync("kind=Inspections.MajorHazard"), n => n.Url == $"/Inspections/Hazards/Details/{hazard.Id}");
            Assert.Contains("液氨储罐区未设置泄漏报警", notice.Title, StringComparison.Ordinal);
            Assert.Contains("整改期限", notice.Body, StringComparison.Ordinal);
            Assert.Contains("液氨储罐区未设置泄漏报警", await bureau.Http.GetStringAsync(notice.Url!), StringComparison.Ordinal);
        }

        await principal.CompletedAsync((await principal.TaskAsync(key, "Rectify")).Id);
        Assert.NotNull((await inspector.StatusAsync(hazard.Id, "Verifying")).RectifiedTime);
        await inspector.CompletedAsync((await inspector.TaskAsync(key, "Verify")).Id, new { passed = false });
        await inspector.StatusAsync(hazard.Id, "Rectifying");
        await principal.UploadedAsync(hazard.Id, "After", ("报警器.jpg", Jpeg(SKColors.Green)));
        await principal.CompletedAsync((await principal.TaskAsync(key, "Rectify")).Id);
        await inspector.StatusAsync(hazard.Id, "Verifying");
        await inspector.CompletedAsync((await inspector.TaskAsync(key, "Verify")).Id, new { passed = true });

        var closed = await principal.StatusAsync(hazard.Id, "Closed");
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
        var own = await principal.EnterpriseOfAsync();
        var other = (await townadmin.GetJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises?pageSize=50"))!
            .Items.First(e => e.Id != own).Id;
        var elsewhere = await townadmin.ReportedAsync(new { enterpriseId = other, description = "消防通道堵塞" });

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
        await inspector.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "叉车无证驾驶" });

        var response = await inspector.Http.GetAsync($"{Hazards}/export?status=Reported");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal((byte)'P', bytes[0]);
        Assert.Equal((byte)'K', bytes[1]);
    }

    private static async Task<PagedDocument<HazardDocument>> RegisterAsync(PortalClient client, string query) =>
        (await client.GetJsonAsync<PagedDocument<HazardDocument>>($"{Hazards}?{query}"))!;
}

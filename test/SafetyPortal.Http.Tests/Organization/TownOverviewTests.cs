using System.Net;
using MiniExcelLibs;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>The bureau's overview across towns: enterprises, staff, key sites and grades per town, the city total, Excel.</summary>
public abstract class TownOverviewTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Api = "/api/organization/reports/towns";

    private Task<PortalClient> SignedInAsync(string? town, string userName) => factory.CreatePortalClient().SignedInAsync(town, userName);

    [Fact]
    public async Task Bureau_sees_every_town_with_its_enterprises_and_staff_and_the_city_total()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var overview = await bureau.GetJsonAsync<TownOverviewDocument>(Api);

        Assert.True(overview!.Towns.Count >= 8);
        var shaxi = Assert.Single(overview.Towns, t => t.Code == "shaxi");
        Assert.Equal("沙溪镇", shaxi.Name);
        Assert.True(shaxi.Enterprises >= 1, "the demo enterprise of shaxi is counted");
        Assert.True(shaxi.Staff >= 3, "principal, manager and employee of the demo enterprise are counted");
        Assert.Equal(overview.Towns.Sum(t => t.Enterprises), overview.Total.Enterprises);
        Assert.Equal(overview.Towns.Sum(t => t.Staff), overview.Total.Staff);
        Assert.Equal(overview.Towns.Sum(t => t.CombustibleDust), overview.Total.CombustibleDust);
        Assert.InRange(overview.Total.GradeA + overview.Total.GradeB + overview.Total.GradeC + overview.Total.GradeD, 0, overview.Total.Enterprises);
    }

    [Fact]
    public async Task Town_staff_cannot_read_the_overview()
    {
        using var town = await SignedInAsync("chengxiang", "townadmin");
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Http.GetAsync(Api)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Http.GetAsync($"{Api}/export")).StatusCode);
    }

    [Fact]
    public async Task The_overview_page_lists_the_towns_with_a_switch_button_for_the_bureau_admin_only()
    {
        using var designer = await SignedInAsync(null, "designer");
        Assert.Equal(HttpStatusCode.Forbidden, (await designer.Http.GetAsync(Api)).StatusCode);
        using var bureau = await SignedInAsync(null, "admin");
        var html = await bureau.Http.GetStringAsync("/Organization/Reports/Towns");
        Assert.Contains("城厢镇", html);
        Assert.Contains("全市合计", html);
        Assert.Contains("bi-box-arrow-in-right", html);
        var anonymous = await factory.CreateApiClient().GetAsync(Api);
        Assert.Equal(HttpStatusCode.Unauthorized, anonymous.StatusCode);
    }

    [Fact]
    public async Task The_overview_exports_to_excel_with_one_row_per_town_and_the_total()
    {
        using var bureau = await SignedInAsync(null, "admin");
        var overview = await bureau.GetJsonAsync<TownOverviewDocument>(Api);
        var response = await bureau.Http.GetAsync($"{Api}/export");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);

        await using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(overview!.Towns.Count + 1, rows.Count);
        var shaxi = Assert.Single(rows, r => Equals(r["镇区代码"], "shaxi"));
        Assert.Equal(overview.Towns.Single(t => t.Code == "shaxi").Enterprises, Convert.ToInt32(shaxi["企业数"], System.Globalization.CultureInfo.InvariantCulture));
        Assert.Equal("全市合计", rows[^1]["镇区"]);
    }
}

using System.Net;
using SafetyPortal.Http.Tests.Infrastructure;
using SkiaSharp;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>隐患台账: an enterprise's principal reports on the page and finds the hazard in the register; refusals show on the form.</summary>
public abstract class HazardPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Page = "/Inspections/Hazards";
    private const string ReportPage = "/Inspections/Hazards/Report";

    [Fact]
    public async Task A_principal_reports_on_the_page_and_finds_the_hazard_in_the_register()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var empty = await PostAsync(principal, new Dictionary<string, string> { ["Input.Description"] = " ", ["Input.Level"] = "Major" });
        Assert.Equal(HttpStatusCode.OK, empty.StatusCode);
        var form = await empty.Content.ReadAsStringAsync();
        Assert.Contains("请填写隐患描述。", form, StringComparison.Ordinal);
        Assert.Contains("请选择隐患所在企业。", form, StringComparison.Ordinal);

        var enterpriseId = System.Text.RegularExpressions.Regex.Match(form, "<option value=\"([0-9a-f-]{36})\"").Groups[1].Value;
        var description = "脚手架未设防护栏 " + Guid.NewGuid().ToString("N")[..6];
        var reported = await PostAsync(principal, new Dictionary<string, string>
        {
            ["Input.EnterpriseId"] = enterpriseId, ["Input.Description"] = description, ["Input.Level"] = "Major",
        });

        Assert.Equal(HttpStatusCode.Redirect, reported.StatusCode);
        var details = await principal.Http.GetStringAsync(reported.Headers.Location!.OriginalString);
        Assert.Contains("data-testid=\"reported\"", details, StringComparison.Ordinal);
        Assert.Contains(description, details, StringComparison.Ordinal);
        var register = await principal.Http.GetStringAsync($"{Page}?level=Major&search={Uri.EscapeDataString(description)}");
        Assert.Contains(description, register, StringComparison.Ordinal);
        Assert.Contains("待确认", register, StringComparison.Ordinal);
        var export = System.Net.WebUtility.HtmlDecode(System.Text.RegularExpressions.Regex.Match(register, "href=\"(/api/inspections/hazards/export[^\"]*)\"").Groups[1].Value);
        Assert.Equal($"/api/inspections/hazards/export?level=Major&search={Uri.EscapeDataString(description)}", export);
        Assert.Equal(HttpStatusCode.OK, (await principal.Http.GetAsync(export)).StatusCode);
        var none = await principal.Http.GetStringAsync($"{Page}?status=Closed&search={Uri.EscapeDataString(description)}");
        Assert.Contains("data-testid=\"empty\"", none, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Photos_taken_on_the_hazard_page_show_as_thumbnails_and_a_document_is_refused_on_the_form()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "楼梯间堆放纸箱" });
        var details = $"{Page}/Details/{hazard.Id}";

        var refused = await PostPhotoAsync(principal, details, ("单据.jpg", "%PDF-1.7"u8.ToArray()));
        Assert.Contains("单据.jpg", refused, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"photos-Before\"", refused, StringComparison.Ordinal);

        var taken = await PostPhotoAsync(principal, details, ("楼梯.jpg", Jpeg(SKColors.Brown)));
        Assert.Contains("data-testid=\"uploaded\"", taken, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"photos-Before\"", taken, StringComparison.Ordinal);
        Assert.Contains("/thumbnail", taken, StringComparison.Ordinal);
        Assert.Contains("capture=\"environment\"", taken, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_bureau_sees_every_towns_hazards_with_the_town_and_narrows_to_one()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var description = "有限空间未上锁 " + Guid.NewGuid().ToString("N")[..6];
        var hazard = await inspector.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description });
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");

        var everyTown = await bureau.Http.GetStringAsync($"{Page}?search={Uri.EscapeDataString(description)}");
        var chengxiang = await bureau.Http.GetStringAsync($"{Page}?townId={hazard.TownId}&search={Uri.EscapeDataString(description)}");
        var elsewhere = await bureau.Http.GetStringAsync($"{Page}?townId={Guid.NewGuid()}&search={Uri.EscapeDataString(description)}");

        Assert.Contains(description, everyTown, StringComparison.Ordinal);
        Assert.Contains("<td data-testid=\"town\">城厢镇</td>", everyTown, StringComparison.Ordinal);
        Assert.Contains(description, chengxiang, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"empty\"", elsewhere, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_employee_has_no_register()
    {
        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");

        var response = await employee.Http.GetAsync(Page);

        Assert.NotEqual(HttpStatusCode.OK, response.StatusCode);
    }

    private static async Task<string> PostPhotoAsync(PortalClient client, string page, (string Name, byte[] Content) file)
    {
        var token = await client.GetAntiforgeryTokenAsync(page);
        using var form = new MultipartFormDataContent();
        form.Add(new StringContent(token), "__RequestVerificationToken");
        form.Add(new StringContent("Before"), "Stage");
        form.Add(new ByteArrayContent(file.Content), "files", file.Name);
        var response = await client.Http.PostAsync(page, form);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync();
    }

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, Dictionary<string, string> form)
    {
        form["__RequestVerificationToken"] = await client.GetAntiforgeryTokenAsync(ReportPage);
        return await client.Http.PostAsync(ReportPage, new FormUrlEncodedContent(form));
    }
}

public sealed class HazardPagesTestsOnSqlite(SqlitePortalFactory factory) : HazardPagesTests<SqlitePortalFactory>(factory);

public sealed class HazardPagesTestsOnMariaDb(MariaDbPortalFactory factory) : HazardPagesTests<MariaDbPortalFactory>(factory);

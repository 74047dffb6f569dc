using System.Net;
using System.Net.Http.Json;
using System.Text;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using MiniExcelLibs;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Http.Tests.Organization;

/// <summary>A town admin imports enterprises and their staff from spreadsheets and reads what was refused and why.</summary>
public abstract class ImportTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private static readonly string[] EnterpriseHeaders =
        ["企业名称", "统一社会信用代码", "行业分类", "企业类型", "重点场所与工艺", "监管等级", "主要负责人", "主要负责人电话", "安全管理人员", "安全管理人员电话", "地址"];

    private static readonly string[] StaffHeaders = ["姓名", "身份证号", "手机号", "企业统一社会信用代码", "部门/车间/班组", "岗位", "角色"];

    private Task<PortalClient> TownAdminAsync(string town = "chengxiang") => factory.CreatePortalClient().SignedInAsync(town, "townadmin");

    /// <summary>Registers two new enterprises by import; the first gets a workshop. Returns their credit codes and names.</summary>
    private static async Task<(string Code, string Name, string OtherCode, string OtherName)> ImportTwoEnterprisesAsync(PortalClient client)
    {
        var (code, other) = (TestIdentifiers.NewCreditCode(), TestIdentifiers.NewCreditCode());
        var (name, otherName) = ($"导入机械{code[^6..]}有限公司", $"导入化工{other[^6..]}有限公司");
        var job = await client.ImportAsync("enterprises", "企业.xlsx", ImportClient.Workbook(EnterpriseHeaders,
            [name, code, "C34", "工贸企业", "有限空间、粉尘涉爆", "A 级", "王总", 13800000001L, "李安", "0512-53520001", "太仓市城厢镇"],
            [otherName, other.ToLowerInvariant(), "C26", "危化企业", "危化品", "B", "赵总", null, null, null, null]));
        Assert.Equal(("Completed", 2, 0), (job.Status, job.Created, job.Rejected));
        var enterprise = (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={code}"))!.Items.Single();
        var workshop = await client.Http.PostAsJsonAsync($"/api/organization/units/{enterprise.Id}/children", new { displayName = "冲压车间", kind = "Workshop" });
        Assert.Equal(HttpStatusCode.Created, workshop.StatusCode);
        return (code, name, other, otherName);
    }

    private async Task<T> InTownAsync<T>(string town, Func<PortalDbContext, Task<T>> query)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var tenant = await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByCodeAsync(town);
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(tenant!.Id))
        {
            return await query(scope.ServiceProvider.GetRequiredService<PortalDbContext>());
        }
    }

    private Task<List<string>> RolesOfAsync(string idCard) => InTownAsync("chengxiang", db =>
        (from u in db.Set<PortalUser>()
         join ur in db.Set<IdentityUserRole<Guid>>() on u.Id equals ur.UserId
         join r in db.Set<PortalRole>() on ur.RoleId equals r.Id
         where u.IdCardNumber == idCard
         select r.Name!).ToListAsync());

    [Fact]
    public async Task Enterprises_then_staff_are_imported_and_people_land_in_their_units_with_position_and_role()
    {
        using var client = await TownAdminAsync();
        var (code, name, _, otherName) = await ImportTwoEnterprisesAsync(client);
        var enterprise = (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={code}"))!.Items.Single();
        Assert.Equal(("ConfinedSpace, CombustibleDust", "A"), (enterprise.KeySites, enterprise.RegulatoryGrade));
        var principal = TestIdentifiers.NewIdCard();
        var worker = TestIdentifiers.NewIdCardEndingInX();
        var headers = StaffHeaders.Append("企业名称").ToArray();
        var job = await client.ImportAsync("staff", "员工.xlsx", ImportClient.Workbook(headers,
            ["王建国", principal, long.Parse(TestIdentifiers.NewMobile(), System.Globalization.CultureInfo.InvariantCulture), code, null, "总经理", "主要负责人"],
            ["李小冲", worker.ToLowerInvariant(), TestIdentifiers.NewMobile(), code, "冲压车间", "冲压工", null],
            ["赵化", TestIdentifiers.NewIdCard(), TestIdentifiers.NewMobile(), null, null, "操作工", "一线员工", otherName]));

        Assert.Equal(("Completed", 3, 3, 0, 100), (job.Status, job.TotalRows, job.Created, job.Rejected, job.Percent));
        var members = (await client.GetJsonAsync<PagedDocument<MemberDocument>>($"/api/organization/units/{enterprise.Id}/members"))!.Items;
        Assert.Equal([("王建国", "总经理", name), ("李小冲", "冲压工", "冲压车间")],
            members.Select(m => (m.DisplayName, m.Position, m.UnitName)).OrderBy(m => m.Position == "冲压工"));
        Assert.Equal([PortalRoles.EnterprisePrincipal], await RolesOfAsync(principal));
        Assert.Equal([PortalRoles.Employee], await RolesOfAsync(worker));
        var stored = await InTownAsync("chengxiang", db => db.Set<PortalUser>().SingleAsync(u => u.IdCardNumber == worker));
        Assert.Null(stored.PasswordHash);
        Assert.Equal(stored.PhoneNumber, stored.UserName);
    }

    [Fact]
    public async Task Importing_again_updates_people_and_enterprises_instead_of_adding_them()
    {
        using var client = await TownAdminAsync();
        var (code, name, _, _) = await ImportTwoEnterprisesAsync(client);
        var idCard = TestIdentifiers.NewIdCard();
        var first = await client.ImportAsync("staff", "员工.xlsx", ImportClient.Workbook(StaffHeaders,
            ["钱一", idCard, TestIdentifiers.NewMobile(), code, null, "仓管员", "一线员工"]));
        Assert.Equal(1, first.Created);

        var newMobile = TestIdentifiers.NewMobile();
        var again = await client.ImportAsync("staff", "员工-更新.xlsx", ImportClient.Workbook(StaffHeaders,
            ["钱一鸣", idCard, newMobile, code, "冲压车间", "安全员", "安全管理人员"]));
        var enterprisesAgain = await client.ImportAsync("enterprises", "企业-更新.xlsx", ImportClient.Workbook(EnterpriseHeaders,
            [name + "（更名）", code, "C34", "工贸企业", "有限空间", "B 级", "新总", null, null, null, null]));

        Assert.Equal((0, 1, 0), (again.Created, again.Updated, again.Rejected));
        Assert.Equal((0, 1), (enterprisesAgain.Created, enterprisesAgain.Updated));
        var people = await InTownAsync("chengxiang", db => db.Set<PortalUser>().Where(u => u.IdCardNumber == idCard).ToListAsync());
        var person = Assert.Single(people);
        Assert.Equal(("钱一鸣", newMobile), (person.DisplayName, person.PhoneNumber));
        Assert.Equal([PortalRoles.EnterpriseSafetyManager], await RolesOfAsync(idCard));
        var enterprise = (await client.GetJsonAsync<PagedDocument<EnterpriseDocument>>($"/api/organization/enterprises?search={code}"))!.Items.Single();
        Assert.Equal((name + "（更名）", "ConfinedSpace", "B"), (enterprise.DisplayName, enterprise.KeySites, enterprise.RegulatoryGrade));
        var member = Assert.Single((await client.GetJsonAsync<PagedDocument<MemberDocument>>($"/api/organization/units/{enterprise.Id}/members"))!.Items);
        Assert.Equal(("安全员", "冲压车间"), (member.Position, member.UnitName));
    }

    [Fact]
    public async Task Bad_rows_of_a_GBK_csv_are_each_reported_with_row_column_and_reason_while_good_rows_are_imported()
    {
        using var client = await TownAdminAsync();
        var (code, _, _, _) = await ImportTwoEnterprisesAsync(client);
        var (good, duplicate) = (TestIdentifiers.NewIdCard(), TestIdentifiers.NewIdCard());
        var unknownCode = TestIdentifiers.NewCreditCode();
        var csv = string.Join("\r\n",
            string.Join(',', StaffHeaders),
            $"孙好,{good},{TestIdentifiers.NewMobile()},{code},,\"车工,二级\",一线员工",
            $"周错,{TestIdentifiers.WithWrongCheck(TestIdentifiers.NewIdCard())},{TestIdentifiers.NewMobile()},{code},,,",
            $"吴重,{good},{TestIdentifiers.NewMobile()},{code},,,",
            $"郑外,{TestIdentifiers.NewIdCard()},{TestIdentifiers.NewMobile()},{unknownCode},,,",
            $"王无,{TestIdentifiers.NewIdCard()},{TestIdentifiers.NewMobile()},{code},喷涂车间,,",
            $"冯好,{duplicate},{TestIdentifiers.NewMobile()},{code},冲压车间,冲压工,") + "\r\n";
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

        var job = await client.ImportAsync("staff", "员工.csv", Encoding.GetEncoding("GB18030").GetBytes(csv));

        Assert.Equal(("Completed", 6, 2, 4), (job.Status, job.TotalRows, job.Created, job.Rejected));
        Assert.Equal([(3, "身份证号"), (4, "身份证号"), (5, "企业统一社会信用代码"), (6, "部门/车间/班组")], job.Errors.Select(e => (e.Row, e.Column)));
        Assert.Contains("校验位", job.Errors[0].Reason);
        Assert.Contains("第 2 行", job.Errors[1].Reason);
        Assert.Contains(unknownCode, job.Errors[2].Reason);
        Assert.Contains("喷涂车间", job.Errors[3].Reason);
        Assert.DoesNotContain(job.Errors, e => e.Reason.Contains(good, StringComparison.Ordinal));
        var imported = await InTownAsync("chengxiang", db => db.Set<PortalUser>().Where(u => u.IdCardNumber == good || u.IdCardNumber == duplicate)
            .Select(u => u.DisplayName).OrderBy(n => n).ToListAsync());
        Assert.Equal(["冯好", "孙好"], imported);

        var report = await client.Http.GetStreamAsync($"{ImportClient.Api}/jobs/{job.Id}/report.xlsx");
        using var buffer = new MemoryStream();
        await report.CopyToAsync(buffer);
        var rows = buffer.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal("部门/车间/班组", rows[3]["列"]);
        var page = await client.Http.GetStringAsync($"/Organization/Import?job={job.Id}");
        Assert.Contains("喷涂车间", page);
    }

    [Fact]
    public async Task A_file_with_the_wrong_columns_is_refused_as_a_whole_naming_the_missing_ones()
    {
        using var client = await TownAdminAsync();
        var response = await client.UploadAsync("staff", "企业.xlsx", ImportClient.Workbook(EnterpriseHeaders,
            ["某企业", TestIdentifiers.NewCreditCode()]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var message = Assert.Single((await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["file"]);
        Assert.Contains("姓名", message);
        Assert.Contains("身份证号", message);
        Assert.Contains("手机号", message);
        Assert.DoesNotContain("企业名称", message);
    }

    [Theory]
    [InlineData("照片.xlsx", new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D, 0x49, 0x48, 0x44, 0x52 })]
    [InlineData("空.xlsx", new byte[0])]
    [InlineData("名单.doc", new byte[] { 0xD0, 0xCF, 0x11, 0xE0 })]
    [InlineData("坏.xlsx", new byte[] { 0x50, 0x4B, 0x03, 0x04, 1, 2, 3, 4, 5, 6, 7, 8 })]
    public async Task A_file_that_is_no_spreadsheet_gets_400_with_a_clear_message(string fileName, byte[] content)
    {
        using var client = await TownAdminAsync();
        var response = await client.UploadAsync("staff", fileName, content);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.NotEmpty(Assert.Single((await response.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!["file"]));
        Assert.Equal(HttpStatusCode.OK, (await client.Http.GetAsync("/health/live")).StatusCode);
    }

    [Fact]
    public async Task A_job_reports_its_progress_until_it_is_completed()
    {
        using var client = await TownAdminAsync();
        var (code, _, _, _) = await ImportTwoEnterprisesAsync(client);
        var rows = Enumerable.Range(0, 300).Select(i => new object?[] { $"批量{i}", TestIdentifiers.NewIdCard(), TestIdentifiers.NewMobile(), code }).ToArray();
        var response = await client.UploadAsync("staff", "批量.xlsx", ImportClient.Workbook(StaffHeaders, rows));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var seen = new List<ImportJobDocument>();

        var job = await client.WaitAsync(response.Headers.Location!.ToString(), seen);

        Assert.Equal(("Completed", 100, 300, 300), (job.Status, job.Percent, job.TotalRows, job.ProcessedRows));
        Assert.Equal(seen.Select(s => s.Percent).Order(), seen.Select(s => s.Percent));
        Assert.Equal(300 - job.Rejected, job.Created);
    }

    [Fact]
    public async Task A_town_admin_of_shaxi_cannot_see_chengxiang_import_jobs()
    {
        using var chengxiang = await TownAdminAsync();
        var job = await chengxiang.ImportAsync("enterprises", "企业.xlsx", ImportClient.Workbook(EnterpriseHeaders,
            ["城厢导入企业", TestIdentifiers.NewCreditCode()]));
        using var shaxi = await TownAdminAsync("shaxi");

        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{ImportClient.Api}/jobs/{job.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{ImportClient.Api}/jobs/{job.Id}/report.xlsx")).StatusCode);
        var list = await shaxi.GetJsonAsync<PagedDocument<ImportJobDocument>>($"{ImportClient.Api}/jobs?pageSize=200");
        Assert.DoesNotContain(list!.Items, j => j.Id == job.Id);
        Assert.Contains((await chengxiang.GetJsonAsync<PagedDocument<ImportJobDocument>>($"{ImportClient.Api}/jobs?pageSize=200"))!.Items, j => j.Id == job.Id);
    }

    [Fact]
    public async Task An_employee_cannot_import()
    {
        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");
        using var form = new MultipartFormDataContent { { new ByteArrayContent([1]), "file", "x.csv" } };
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.PostAsync($"{ImportClient.Api}/staff", form)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync($"{ImportClient.Api}/jobs")).StatusCode);
    }

    [Fact]
    public async Task The_staff_template_has_the_Chinese_headers_and_imports_back_once_filled()
    {
        using var client = await TownAdminAsync();
        var (code, _, _, _) = await ImportTwoEnterprisesAsync(client);
        var template = await client.Http.GetByteArrayAsync($"{ImportClient.Api}/templates/staff.xlsx");
        var headers = new MemoryStream(template).Query(useHeaderRow: false).Cast<IDictionary<string, object?>>().First().Values.Select(v => (string)v!).ToList();
        Assert.Equal(StaffHeaders.Take(4).Append("企业名称").Concat(StaffHeaders.Skip(4)), headers);

        var job = await client.ImportAsync("staff", "模板.xlsx", ImportClient.Workbook(headers,
            ["模板人", TestIdentifiers.NewIdCard(), TestIdentifiers.NewMobile(), code, null, null, null, null]));
        Assert.Equal((1, 0), (job.Created, job.Rejected));
    }

    [Fact]
    public async Task The_import_page_uploads_a_file_and_shows_the_rejected_rows_once_done()
    {
        using var client = await TownAdminAsync();
        var token = await client.GetAntiforgeryTokenAsync("/Organization/Import");
        using var form = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent("Staff"), "Kind" },
            { new ByteArrayContent(ImportClient.Workbook(StaffHeaders, ["页面导入", TestIdentifiers.WithWrongCheck(TestIdentifiers.NewIdCard()), TestIdentifiers.NewMobile(), TestIdentifiers.NewCreditCode()])), "Upload", "页面.xlsx" },
        };

        var posted = await client.Http.PostAsync("/Organization/Import", form);

        Assert.Equal(HttpStatusCode.Redirect, posted.StatusCode);
        var jobId = posted.Headers.Location!.ToString().Split("job=")[1];
        var job = await client.WaitAsync($"{ImportClient.Api}/jobs/{jobId}");
        Assert.Equal(1, job.Rejected);
        var page = await client.Http.GetStringAsync(posted.Headers.Location);
        Assert.Contains("校验位", page);
        Assert.Contains("页面.xlsx", page);
    }

    [Fact]
    public async Task The_import_API_is_listed_in_the_OpenAPI_document()
    {
        using var client = await TownAdminAsync();
        var document = await client.Http.GetStringAsync("/openapi/v1.json");
        foreach (var path in new[] { "/api/organization/import/staff", "/api/organization/import/enterprises", "/api/organization/import/jobs/{id}", "/api/organization/import/templates/{kind}.xlsx" })
        {
            Assert.Contains($"\"{path}\"", document);
        }
    }
}

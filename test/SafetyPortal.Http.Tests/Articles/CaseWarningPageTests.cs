using System.Net;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Articles.CaseWarningClient;

namespace SafetyPortal.Http.Tests.Articles;

/// <summary>The 以案示警 pages: the reading list and page for readers, the managers' list and form, and who reaches which.</summary>
public abstract class CaseWarningPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    [Fact]
    public async Task An_employee_finds_the_demo_cases_by_search_and_reads_one_with_its_case_facts()
    {
        using var employee = await As("shaxi", "employee");
        var list = await employee.Http.GetStringAsync("/Articles/CaseWarnings?q=" + Uri.EscapeDataString("除尘"));
        Assert.Contains("除尘系统积尘长期不清理", list, StringComparison.Ordinal);
        Assert.DoesNotContain("伪造安全培训记录", list, StringComparison.Ordinal);
        var none = await employee.Http.GetStringAsync("/Articles/CaseWarnings?q=" + Uri.EscapeDataString("没有这样的案例"));
        Assert.Contains("暂无以案示警文章", none, StringComparison.Ordinal);

        var demo = (await employee.ReadingListAsync("&q=" + Uri.EscapeDataString("除尘"))).Single();
        var page = await employee.Http.GetStringAsync($"/Articles/CaseWarnings/Read/{demo.Id}");
        Assert.Contains("未采取措施消除事故隐患", page, StringComparison.Ordinal);
        Assert.Contains("<strong>每日清扫</strong>", page, StringComparison.Ordinal);
        Assert.NotEqual(HttpStatusCode.OK, (await employee.Http.GetAsync("/Articles/CaseWarnings/Manage")).StatusCode);
    }

    [Fact]
    public async Task A_town_manager_sees_the_towns_drafts_and_edits_them_in_the_form()
    {
        using var inspector = await As("chengxiang", "inspector");
        var draft = await inspector.DraftAsync(Unique("页面 草稿"));
        var manage = await inspector.Http.GetStringAsync("/Articles/CaseWarnings/Manage?status=Draft");
        Assert.Contains(draft.Title, manage, StringComparison.Ordinal);
        Assert.Contains("草稿", manage, StringComparison.Ordinal);
        var form = await inspector.Http.GetStringAsync($"/Articles/CaseWarnings/Edit/{draft.Id}");
        Assert.Contains("提交审核", form, StringComparison.Ordinal);
        Assert.DoesNotContain("审核通过并发布", form, StringComparison.Ordinal);
        Assert.Contains("新建文章", await inspector.Http.GetStringAsync("/Articles/CaseWarnings/Edit"), StringComparison.Ordinal);
    }
}

public sealed class CaseWarningPageTestsOnSqlite(SqlitePortalFactory factory) : CaseWarningPageTests<SqlitePortalFactory>(factory);

public sealed class CaseWarningPageTestsOnMariaDb(MariaDbPortalFactory factory) : CaseWarningPageTests<MariaDbPortalFactory>(factory);

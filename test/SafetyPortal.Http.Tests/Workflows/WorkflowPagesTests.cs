using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Workflows;

/// <summary>The designer, inbox and monitoring pages: who may open them, their empty states, and their script bundles.</summary>
public abstract partial class WorkflowPagesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private static async Task AssertRefusedAsync(PortalClient client, string page)
    {
        var response = await client.Http.GetAsync(page);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Contains("/Status/403", response.Headers.Location!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_town_employee_gets_the_inbox_but_not_the_designer_or_the_monitoring()
    {
        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");
        await AssertRefusedAsync(employee, "/Workflows/Designer");
        await AssertRefusedAsync(employee, "/Workflows/Designer/Edit");
        await AssertRefusedAsync(employee, "/Workflows/Instances");
        var inbox = await employee.Http.GetStringAsync("/Workflows/Tasks");
        Assert.Contains("没有待办任务。", inbox);
        Assert.Contains("href=\"/Workflows/Tasks\"", inbox);
        Assert.DoesNotContain("href=\"/Workflows/Designer\"", inbox);
    }

    [Fact]
    public async Task An_inbox_tab_is_a_link_that_opens_the_inbox_on_that_tab_and_an_unknown_one_opens_my_tasks()
    {
        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");

        var groups = await employee.Http.GetStringAsync("/Workflows/Tasks?scope=groups");
        var unknown = await employee.Http.GetStringAsync("/Workflows/Tasks?scope=everyone");

        Assert.Contains("data-scope=\"groups\" data-user-name", groups);
        Assert.Contains("<a class=\"nav-link active\" href=\"?scope=groups\" data-scope=\"groups\">我所在组的任务</a>", groups);
        Assert.Contains("<a class=\"nav-link \" href=\"?scope=mine\" data-scope=\"mine\">我的任务</a>", groups);
        Assert.Contains("data-scope=\"mine\" data-user-name", unknown);
        Assert.Contains("<a class=\"nav-link active\" href=\"?scope=mine\" data-scope=\"mine\">", unknown);
    }

    [Fact]
    public async Task Designer_lists_the_built_in_process_and_shows_an_empty_state_for_a_search_without_hits()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var list = await designer.Http.GetStringAsync("/Workflows/Designer");
        Assert.Contains("事故隐患整改闭环", list);
        Assert.Contains("新建流程", list);
        var empty = await designer.Http.GetStringAsync("/Workflows/Designer?search=no-such-process");
        Assert.Contains("还没有流程定义。", empty);
    }

    [Fact]
    public async Task A_town_inspector_may_look_at_processes_and_instances_but_not_edit_them()
    {
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var list = await inspector.Http.GetStringAsync("/Workflows/Designer");
        Assert.DoesNotContain("新建流程", list);
        var designer = await inspector.Http.GetStringAsync("/Workflows/Designer/Edit");
        Assert.Contains("data-can-design=\"false\"", designer);
        Assert.DoesNotContain("data-action=\"publish\"", designer);
        var monitoring = await inspector.Http.GetStringAsync("/Workflows/Instances");
        Assert.Contains("没有流程实例。", monitoring);
        Assert.Contains("事故隐患整改闭环", monitoring);
    }

    [Theory]
    [InlineData("/Workflows/Designer/Edit", "designer")]
    [InlineData("/Workflows/Tasks", "inbox")]
    [InlineData("/Workflows/Instances", "instances")]
    public async Task Each_page_loads_its_script_and_style_bundle_from_the_module(string page, string bundle)
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var html = await designer.Http.GetStringAsync(page);
        foreach (var extension in new[] { "js", "css" })
        {
            var match = Regex.Match(html, $"/_content/SafetyPortal.Workflows/dist/{bundle}\\.{extension}(\\?v=[^\"]+)?");
            Assert.True(match.Success, $"{page} does not link {bundle}.{extension}");
            var response = await designer.Http.GetAsync(match.Value);
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.True((await response.Content.ReadAsByteArrayAsync()).Length > 1000);
        }
    }

    [Fact]
    public async Task The_page_scripts_get_their_texts_in_the_users_language()
    {
        using var designer = await factory.CreatePortalClient().SignedInAsync(null, "designer");
        var chinese = TextsOf(await designer.Http.GetStringAsync("/Workflows/Designer/Edit"));
        Assert.Equal("草稿已保存。", chinese.GetProperty("saved").GetString());
        Assert.Equal("没有权限执行此操作。", chinese.GetProperty("forbidden").GetString());
        var english = TextsOf(await designer.Http.GetStringAsync("/Workflows/Designer/Edit?culture=en&ui-culture=en"));
        Assert.Equal("Draft saved.", english.GetProperty("saved").GetString());
    }

    [Fact]
    public async Task The_hazard_process_forms_are_registered_for_their_form_keys_with_a_photo_field()
    {
        using var employee = await factory.CreatePortalClient().SignedInAsync("chengxiang", "employee");
        var form = await employee.Http.GetStringAsync("/api/workflows/forms?key=workflows:hazard/rectify");
        using var document = JsonDocument.Parse(form);
        var components = document.RootElement.GetProperty("schema").GetProperty("components").EnumerateArray().ToList();
        Assert.Contains(components, c => c.GetProperty("type").GetString() == "filepicker" && c.GetProperty("key").GetString() == "photos");
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync("/api/workflows/forms?key=no-such-form")).StatusCode);
    }

    private static JsonElement TextsOf(string html)
    {
        var match = TextsAttribute().Match(html);
        Assert.True(match.Success, "no data-texts attribute");
        return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value)).RootElement.Clone();
    }

    [GeneratedRegex("data-texts=\"([^\"]*)\"")]
    private static partial Regex TextsAttribute();
}

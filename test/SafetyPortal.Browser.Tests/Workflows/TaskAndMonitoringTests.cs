using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Workflows;

/// <summary>A town inspector takes the first step of a hazard report from the inbox, fills its form, then follows the report in monitoring.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TaskAndMonitoringTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Inspector_claims_and_completes_a_task_with_its_form_and_sees_the_next_step_highlighted()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "inspector");
        var businessKey = await HazardReports.StartAsync(page, "配电箱未接地");

        await page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "我的待办" }).ClickAsync();
        var inbox = page.GetByTestId("inbox");
        await inbox.GetByRole(AriaRole.Link, new() { Name = "我所在组的任务" }).ClickAsync();
        var row = page.GetByTestId("tasks").Locator("tr", new() { HasText = businessKey });
        await row.GetByRole(AriaRole.Button, new() { Name = "认领" }).ClickAsync();
        await inbox.GetByRole(AriaRole.Link, new() { Name = "我的任务" }).ClickAsync();
        await page.GetByTestId("tasks").Locator("tr", new() { HasText = businessKey }).GetByRole(AriaRole.Link, new() { Name = "办理" }).ClickAsync();

        // The form registered for the task's form key, filled with the instance's variables.
        var form = page.GetByTestId("task-form");
        await Expect(form.GetByLabel("隐患描述")).ToHaveValueAsync("配电箱未接地");
        await form.GetByText("重大隐患").ClickAsync();
        await form.GetByLabel("确认意见").FillAsync("属实，按重大隐患挂牌督办");
        await page.GetByRole(AriaRole.Button, new() { Name = "完成任务" }).ClickAsync();
        await Expect(form.GetByRole(AriaRole.Status)).ToHaveTextAsync("任务已完成。");

        // Monitoring: the confirmed step is done, the enterprise's rectification is where the report waits now.
        await page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "流程监控" }).ClickAsync();
        await page.GetByTestId("instance-list").GetByRole(AriaRole.Link, new() { Name = businessKey }).ClickAsync();
        var diagram = page.GetByTestId("instance-diagram");
        await Expect(diagram.Locator("[data-element-id='Rectify'].portal-active")).ToBeVisibleAsync();
        await Expect(diagram.Locator("[data-element-id='ConfirmLevel'].portal-completed")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("variables")).ToContainTextAsync("Major");
        await Expect(page.GetByTestId("journal")).ToContainTextAsync("inspector");
    }

    [Fact]
    public async Task A_tab_clicked_while_the_first_list_is_loading_keeps_its_own_tasks_when_the_older_answer_arrives_last()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "inspector");
        var businessKey = await HazardReports.StartAsync(page, "消防通道堵塞");

        // The inbox opens on "my tasks"; that first answer is held back until the group's tasks have been shown.
        var groupShown = new TaskCompletionSource();
        await page.RouteAsync(url => url.Contains("/api/workflows/tasks?") && url.Contains("scope=mine"), async route =>
        {
            await groupShown.Task.WaitAsync(TimeSpan.FromSeconds(30));
            await route.ContinueAsync();
        });
        var olderAnswer = page.WaitForResponseAsync(response => response.Url.Contains("scope=mine"));
        var firstAsked = page.WaitForRequestAsync(request => request.Url.Contains("scope=mine"));

        await page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "我的待办" }).ClickAsync();
        // The script asks for the first list once its tabs listen (a tab clicked earlier opens as its own page, ?scope=groups).
        await firstAsked;
        await page.GetByTestId("inbox").GetByRole(AriaRole.Link, new() { Name = "我所在组的任务" }).ClickAsync();
        var row = page.GetByTestId("tasks").Locator("tr", new() { HasText = businessKey });
        await Expect(row).ToBeVisibleAsync();
        groupShown.SetResult();
        await (await olderAnswer).FinishedAsync();

        // The late answer to the first request must not replace the list of the tab the user is on.
        await page.EvaluateAsync("() => new Promise(resolve => requestAnimationFrame(() => setTimeout(resolve, 200)))");
        await Expect(row).ToBeVisibleAsync(new() { Timeout = 1_000 });
        await Expect(page.GetByTestId("inbox").GetByRole(AriaRole.Link, new() { Name = "我所在组的任务" })).ToHaveClassAsync(new Regex(@"\bactive\b"));
    }
}

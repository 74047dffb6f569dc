using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using SafetyPortal.Browser.Tests.Workflows;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Notifications;

/// <summary>A task handed to the safety officer shows on the bell and in the notification centre, on a desk and on a phone.</summary>
[Collection(BrowserCollection.Name)]
public sealed class NotificationBellTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_delegated_task_shows_on_the_bell_and_in_the_centre_until_marked_read()
    {
        var businessKey = await DelegateHazardTaskToOfficerAsync();
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "officer");

        var count = page.GetByTestId("bell-count");
        await Expect(count).ToBeVisibleAsync();
        await page.GetByTestId("bell").ClickAsync();
        await Expect(page.GetByTestId("bell-latest")).ToContainTextAsync(businessKey);

        await page.GetByTestId("bell-all").ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "通知中心" })).ToBeVisibleAsync();
        var notice = page.GetByTestId("notification").Filter(new() { HasText = businessKey });
        await Expect(notice).ToHaveAttributeAsync("data-unread", "true");
        await Expect(notice).ToContainTextAsync("转办任务");

        await page.GetByTestId("read-all").ClickAsync();

        await Expect(page.GetByTestId("notification").Filter(new() { HasText = businessKey })).ToHaveAttributeAsync("data-unread", "false");
        await Expect(page.GetByTestId("bell-count")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task On_a_phone_the_notification_centre_fits_the_screen()
    {
        await DelegateHazardTaskToOfficerAsync();
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "officer");
        await page.GotoAsync("/Notifications");
        await Expect(page.GetByTestId("notifications")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("bell")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The notification centre scrolls sideways by {overflow}px on a 390px wide phone.");
    }

    /// <summary>The inspector starts a hazard report and hands its first task to the officer, which notifies the officer.</summary>
    private async Task<string> DelegateHazardTaskToOfficerAsync()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "inspector");
        var businessKey = await HazardReports.StartAsync(page, "安全出口上锁");
        var tasks = await page.APIRequest.GetAsync($"/api/workflows/tasks?scope=groups&businessKey={businessKey}");
        var taskId = (await tasks.JsonAsync())!.Value.GetProperty("items")[0].GetProperty("id").GetString();
        var delegated = await page.APIRequest.PostAsync($"/api/workflows/tasks/{taskId}/delegate", new() { DataObject = new { userName = "officer" } });
        Assert.True(delegated.Ok, await delegated.TextAsync());
        return businessKey;
    }
}

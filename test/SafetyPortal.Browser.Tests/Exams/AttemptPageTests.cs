using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Exams;

[Collection(BrowserCollection.Name)]
public sealed class AttemptPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_answers_given_offline_are_sent_when_back_online_and_all_count()
    {
        var title = "手机考试 " + Guid.NewGuid().ToString("N")[..6];
        await ExamSetup.ShortExamAsync(fixture, title);
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "employee");
        await page.GotoAsync("/Exams/My");
        await page.Locator("[data-exam]").Filter(new() { HasText = title }).GetByRole(AriaRole.Button, new() { Name = "开始考试" }).ClickAsync();
        await Expect(page.Locator("[data-countdown]")).ToContainTextAsync("剩余");

        var status = page.Locator("[data-save-status]");
        await page.GetByText("对的").ClickAsync();
        await Expect(status).ToHaveAttributeAsync("data-state", "Attempt.Saved");

        await context.SetOfflineAsync(true);
        await page.GetByRole(AriaRole.Button, new() { Name = "下一题" }).ClickAsync();
        await page.GetByText("对的").ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "下一题" }).ClickAsync();
        await page.GetByLabel("第 1 空").FillAsync("通风");
        await Expect(status).ToHaveAttributeAsync("data-state", "Attempt.Queued");

        await context.SetOfflineAsync(false);
        await Expect(status).ToHaveAttributeAsync("data-state", "Attempt.Saved", new() { Timeout = 15000 });

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "交卷" }).ClickAsync();
        await Expect(page.Locator("[data-score]")).ToContainTextAsync("30 / 30");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The attempt page scrolls sideways by {overflow}px on a 390px wide phone.");
    }
}

using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Learning;

[Collection(BrowserCollection.Name)]
public sealed class LessonPlayerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_an_employee_opens_the_bureau_course_and_the_player_starts_counting()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "employee");
        await page.GotoAsync("/Learning/Catalogue");

        // The demo's bureau course (modules/Learning/Seeding/demo-courses.json) is in every town's catalogue.
        await page.GetByTestId("course").Filter(new() { HasText = "安全生产基础知识" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "《安全生产法》要点" }).ClickAsync();
        await Expect(page.Locator("article.lesson-body h2")).ToHaveTextAsync("从业人员的权利和义务");

        var session = page.WaitForResponseAsync(r => r.Url.Contains("/sessions", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.GetByRole(AriaRole.Link, new() { Name = "下一课时" }).ClickAsync();
        Assert.Equal(200, (await session).Status);
        var video = page.Locator("video[data-video]");
        await Expect(video).ToBeVisibleAsync();
        Assert.True(await video.EvaluateAsync<bool>("v => v.hasAttribute('playsinline') && v.getBoundingClientRect().width <= window.innerWidth"));
        await Expect(page.Locator("[data-status]")).ToContainTextAsync("已学习");

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The player scrolls sideways by {overflow}px on a 390px wide phone.");
    }
}

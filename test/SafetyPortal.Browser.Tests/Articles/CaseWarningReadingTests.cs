using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Articles;

[Collection(BrowserCollection.Name)]
public sealed class CaseWarningReadingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_an_employee_reads_a_case_warning_to_the_end_without_sideways_scrolling()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "employee");
        await page.GotoAsync("/Articles/CaseWarnings");

        // A demo bureau article (modules/Articles/CaseWarnings/Seeding/demo-case-warnings.json), read in every town.
        await page.GetByTestId("case-warning").Filter(new() { HasText = "伪造安全培训记录" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Heading, new() { Level = 1 })).ToHaveTextAsync("伪造安全培训记录，企业被罚3万元");
        await Expect(page.GetByTestId("case-facts")).ToContainTextAsync("未如实记录安全生产教育和培训情况");
        await Expect(page.GetByTestId("read-count")).ToContainTextAsync("阅读");
        await Expect(page.GetByText("已读完")).ToBeHiddenAsync();

        var readToEnd = page.WaitForResponseAsync(r => r.Url.EndsWith("/read-to-end", StringComparison.Ordinal) && r.Request.Method == "POST");
        await page.Locator("[data-end-marker]").ScrollIntoViewIfNeededAsync();
        Assert.Equal(200, (await readToEnd).Status);
        await Expect(page.GetByText("已读完")).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The reading page scrolls sideways by {overflow}px on a 390px wide phone.");
    }
}

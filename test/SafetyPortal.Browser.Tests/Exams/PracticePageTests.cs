using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Exams;

[Collection(BrowserCollection.Name)]
public sealed class PracticePageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_a_practised_question_shows_the_verdict_the_correct_answer_and_a_summary()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "employee");
        await page.GotoAsync("/Exams/Practice");
        await page.GetByLabel("题型").SelectOptionAsync("SingleChoice");
        await page.GetByLabel("题数").FillAsync("1");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始练习" }).ClickAsync();

        await Expect(page.Locator("[data-progress]")).ToHaveTextAsync("第 1 / 1 题");
        await page.Locator("[data-question] label").First.ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "提交答案" }).ClickAsync();
        await Expect(page.Locator("[data-verdict]")).ToBeVisibleAsync();
        await Expect(page.Locator("[data-correct-answer]")).ToContainTextAsync("正确答案");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The practice page scrolls sideways by {overflow}px on a 390px wide phone.");

        await page.Locator("[data-next]").ClickAsync();
        await Expect(page.Locator("[data-result]")).ToContainTextAsync("本次练习 1 题");
    }
}

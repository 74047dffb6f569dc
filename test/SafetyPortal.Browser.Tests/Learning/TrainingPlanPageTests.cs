using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Learning;

/// <summary>A town administrator writes a training plan on a phone, is told what is missing, publishes it and sees who was enrolled.</summary>
[Collection(BrowserCollection.Name)]
public sealed class TrainingPlanPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_a_town_administrator_drafts_corrects_and_publishes_a_plan_that_enrols_the_frontline()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 }, IsMobile = true, HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "townadmin");
        await page.GotoAsync("/Learning/Plans");
        await page.GetByRole(AriaRole.Link, new() { Name = "新建培训计划" }).ClickAsync();

        // No title and no course: both named, nothing saved.
        await page.GetByLabel("一线员工").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.Title']")).Not.ToBeEmptyAsync();
        await Expect(page.Locator("[data-valmsg-for='Input.CourseIds']")).Not.ToBeEmptyAsync();

        var title = $"一线员工年度再培训 {Guid.NewGuid().ToString("N")[..6]}";
        await page.GetByLabel("培训计划").FillAsync(title);
        await page.Locator("label.list-group-item", new() { HasText = "安全生产基础知识" }).Locator("input").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已保存");
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("草稿");

        page.Dialog += (_, dialog) => dialog.AcceptAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "发布并纳入人员" }).ClickAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("已发布");
        await Expect(page.GetByLabel("开始日期")).ToBeDisabledAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The plan page scrolls sideways by {overflow}px on a 390px wide phone.");

        // The demo enterprise's employee is frontline staff: the list counts them and links to the people.
        await page.GotoAsync($"/Learning/Plans?search={Uri.EscapeDataString(title)}");
        var row = page.Locator("tr", new() { HasText = title });
        var enrolled = row.Locator("a[href*='/Learning/Tracking/People']");
        await Expect(enrolled).Not.ToHaveTextAsync("0");
        var count = int.Parse(await enrolled.InnerTextAsync(), System.Globalization.CultureInfo.InvariantCulture);
        await enrolled.ClickAsync();
        await Expect(page.Locator("tbody tr", new() { HasText = title })).ToHaveCountAsync(count);
    }
}

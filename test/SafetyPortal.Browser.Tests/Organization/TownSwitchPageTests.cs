using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Organization;

[Collection(BrowserCollection.Name)]
public sealed class TownSwitchPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Bureau_admin_enters_a_town_from_the_overview_sees_the_banner_and_goes_back()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.Bureau, "admin");
        await page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "镇区概况" }).ClickAsync();
        var shaxi = page.GetByTestId("town-shaxi");
        await Expect(shaxi).ToContainTextAsync("沙溪镇");

        await shaxi.GetByRole(AriaRole.Button, new() { Name = "进入" }).ClickAsync();

        await Expect(page.GetByTestId("tenant")).ToContainTextAsync("沙溪镇");
        var banner = page.GetByTestId("impersonation-banner");
        await Expect(banner).ToContainTextAsync("市局用户");
        await Expect(page.GetByTestId("side-menu")).ToContainTextAsync("企业管理");

        await page.GetByTestId("back-to-bureau").ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Organization/Tenants$"));
        await Expect(page.GetByTestId("impersonation-banner")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("tenant")).ToContainTextAsync(LoginPage.Bureau);
    }
}

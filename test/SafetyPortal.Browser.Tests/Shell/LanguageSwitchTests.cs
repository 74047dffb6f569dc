using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class LanguageSwitchTests(BrowserFixture fixture)
{
    [Fact]
    public async Task The_language_switch_turns_the_dashboard_into_English_and_back_to_Chinese()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.Bureau, "admin");
        var title = page.GetByTestId("dashboard-title");
        var switchButton = page.GetByTestId("language-switch").GetByRole(AriaRole.Button);
        await Expect(title).ToHaveTextAsync("工作台");

        await switchButton.ClickAsync();

        await Expect(title).ToHaveTextAsync("Dashboard");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "en");
        await Expect(page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "Towns" })).ToBeVisibleAsync();
        await Expect(switchButton).ToHaveTextAsync("中文");

        await switchButton.ClickAsync();

        await Expect(title).ToHaveTextAsync("工作台");
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(switchButton).ToHaveTextAsync("English");
    }
}

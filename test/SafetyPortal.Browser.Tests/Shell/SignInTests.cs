using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class SignInTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Bureau_admin_signs_in_and_sees_the_Chinese_dashboard()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);

        await login.OpenAsync();
        await Expect(page).ToHaveTitleAsync(new Regex("^登录 - "));
        await Expect(login.Form.GetByRole(AriaRole.Heading, new() { Name = "登录", Exact = true })).ToBeVisibleAsync();
        // Found by their Chinese labels, so these also prove the labels read 所属单位 / 用户名 / 密码.
        await Expect(login.Workplace).ToBeVisibleAsync();
        await Expect(login.UserName).ToBeVisibleAsync();
        await Expect(login.Password).ToBeVisibleAsync();

        await login.SubmitAsync(LoginPage.Bureau, "admin", LoginPage.DemoPassword);

        await Expect(page).ToHaveURLAsync(new Regex("/$"));
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "zh-CN");
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "工作台", Exact = true })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "镇区管理" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("user-menu")).ToContainTextAsync("市应急管理局管理员");
        await Expect(page.GetByTestId("tenant")).ToContainTextAsync(LoginPage.Bureau);

        await SaveReadmeScreenshotAsync(page);
    }

    [Fact]
    public async Task Wrong_password_shows_the_Chinese_error_and_stays_on_the_login_page()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);

        // Not "admin": failed attempts count towards lockout, and other tests sign in as admin.
        await login.SignInAsync(LoginPage.Bureau, "designer", "not-the-password");

        await Expect(login.Form.GetByRole(AriaRole.Alert)).ToContainTextAsync("用户名或密码错误。");
        await Expect(page).ToHaveURLAsync(new Regex("/Account/Login"));
        await Expect(login.UserName).ToHaveValueAsync("designer");
        // The password is never echoed back into the page.
        await Expect(login.Password).ToBeEmptyAsync();
    }

    /// <summary>The README embeds docs/screenshot-dashboard.png; each run refreshes it from the real page.</summary>
    private static async Task SaveReadmeScreenshotAsync(IPage page)
    {
        // Wait for the web fonts (Bootstrap Icons), or the icons may be blank in the picture.
        await page.EvaluateAsync("() => document.fonts.ready.then(() => true)");
        var docs = Directory.CreateDirectory(Path.Combine(RepositoryRoot.Path, "docs"));
        await page.ScreenshotAsync(new PageScreenshotOptions
        {
            Path = Path.Combine(docs.FullName, "screenshot-dashboard.png"),
            FullPage = true,
            Animations = ScreenshotAnimations.Disabled,
        });
    }
}

using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Shell;

[Collection(BrowserCollection.Name)]
public sealed class PhoneLayoutTests(BrowserFixture fixture)
{
    // An iPhone 12-14 sized screen, with touch, as town inspectors use the portal in the field.
    private static BrowserNewContextOptions Phone() => new()
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
    };

    [Fact]
    public async Task On_a_phone_the_login_form_fits_the_screen_without_horizontal_scrolling()
    {
        await using var context = await fixture.NewContextAsync(Phone());
        var page = await context.NewPageAsync();
        var login = new LoginPage(page);

        await login.OpenAsync();
        await Expect(login.SubmitButton).ToBeVisibleAsync();

        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The login page scrolls sideways by {overflow}px on a 390px wide phone.");
        var form = await login.Form.BoundingBoxAsync();
        Assert.NotNull(form);
        Assert.InRange(form.X, 0, 390);
        Assert.InRange(form.X + form.Width, 0, 390);
    }

    [Fact]
    public async Task On_a_phone_the_side_menu_hides_behind_the_menu_button()
    {
        await using var context = await fixture.NewContextAsync(Phone());
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.Bureau, "admin");
        await Expect(page.GetByTestId("dashboard-title")).ToHaveTextAsync("工作台");
        var towns = page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "镇区管理" });

        await Expect(towns).ToBeHiddenAsync();

        await page.GetByRole(AriaRole.Button, new() { Name = "菜单", Exact = true }).TapAsync();

        await Expect(towns).ToBeVisibleAsync();
        // The menu grows with the modules: its last entries are reached by scrolling the drawer.
        await towns.ScrollIntoViewIfNeededAsync();
        await Expect(towns).ToBeInViewportAsync();
        // Tapping waits for the drawer to stop sliding, so this also proves the entry is usable, not just shown.
        await towns.TapAsync();
        await Expect(page).ToHaveURLAsync(new Regex("/Organization/Tenants$"));
    }
}

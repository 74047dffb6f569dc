using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.AuditLogging;

[Collection(BrowserCollection.Name)]
public sealed class AuditLogPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_bureau_admin_finds_the_own_sign_in_in_the_audit_log_and_opens_it()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.Bureau, "admin");
        await Expect(page.GetByTestId("dashboard-title")).ToBeVisibleAsync();

        await page.GotoAsync("/AuditLogging/AuditLogs?url=/Account/Login&hasError=false");

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "审计日志" })).ToBeVisibleAsync();
        var signIn = page.GetByTestId("audit-log").First;
        await Expect(signIn).ToContainTextAsync("/Account/Login");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The audit log scrolls sideways by {overflow}px on a 390px wide phone.");

        await signIn.GetByRole(AriaRole.Link, new() { Name = "详情" }).TapAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/AuditLogging/AuditLogs/[0-9a-f-]{36}$"));
        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "审计日志详情" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("audit-log")).ToContainTextAsync("POST");
    }
}

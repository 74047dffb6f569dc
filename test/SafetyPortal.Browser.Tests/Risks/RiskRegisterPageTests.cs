using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Risks;

[Collection(BrowserCollection.Name)]
public sealed class RiskRegisterPageTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_register_shows_risk_levels_as_red_orange_yellow_blue_badges()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "manager");
        await page.GotoAsync("/Risks/Register");

        // The demo enterprise has a 重大 (R = 20), a 较大 (R = 15), 一般 and 低 points (modules/Risks/Seeding/demo-risks.json).
        var expected = new Dictionary<string, (string Text, string Colour)>
        {
            ["Major"] = ("重大风险", "rgb(220, 53, 69)"),
            ["Significant"] = ("较大风险", "rgb(253, 126, 20)"),
            ["General"] = ("一般风险", "rgb(255, 193, 7)"),
            ["Low"] = ("低风险", "rgb(13, 110, 253)"),
        };
        foreach (var (level, (text, colour)) in expected)
        {
            var badge = page.GetByTestId("risk-points").Locator($"span.badge[data-level='{level}']").First;
            await Expect(badge).ToBeVisibleAsync();
            await Expect(badge).ToHaveTextAsync(text);
            Assert.Equal(colour, await badge.EvaluateAsync<string>("e => getComputedStyle(e).backgroundColor"));
        }
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The register scrolls sideways by {overflow}px on a 390px wide phone.");
    }
}

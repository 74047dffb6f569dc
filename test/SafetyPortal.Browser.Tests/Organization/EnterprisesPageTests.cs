using System.Text.RegularExpressions;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Organization;

[Collection(BrowserCollection.Name)]
public sealed class EnterprisesPageTests(BrowserFixture fixture)
{
    // From the demo seed (modules/Organization/Seeding/demo-towns.json).
    private static readonly string[] ChengxiangEnterprises =
        ["城厢精密机械有限公司", "城厢新材料科技有限公司", "城厢食品加工有限公司", "城厢金属制品有限公司"];

    [Fact]
    public async Task Town_admin_sees_the_enterprises_of_their_own_town_only()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "townadmin");
        await Expect(page.GetByTestId("tenant")).ToContainTextAsync("城厢镇");
        var menu = page.GetByTestId("side-menu");
        // Towns are managed by the bureau; a town admin must not even see the entry.
        await Expect(menu).Not.ToContainTextAsync("镇区管理");

        await menu.GetByRole(AriaRole.Link, new() { Name = "企业管理" }).ClickAsync();

        await Expect(page).ToHaveURLAsync(new Regex("/Organization/Enterprises$"));
        var table = page.GetByTestId("enterprises");
        foreach (var name in ChengxiangEnterprises)
        {
            await Expect(table).ToContainTextAsync(name);
        }
        await Expect(table).Not.ToContainTextAsync("沙溪");
    }
}

using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Identity;

[Collection(BrowserCollection.Name)]
public sealed class PermissionTreeTests(BrowserFixture fixture)
{
    [Fact]
    public async Task A_child_permission_can_be_ticked_only_while_its_parent_is_ticked()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "townadmin");
        await page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "角色权限" }).ClickAsync();
        await page.Locator("tr[data-role='TownInspector']").GetByRole(AriaRole.Link, new() { Name = "权限" }).ClickAsync();

        await Expect(page.GetByRole(AriaRole.Heading, new() { Name = "权限设置：安监人员" })).ToBeVisibleAsync();
        var parent = page.GetByRole(AriaRole.Checkbox, new() { Name = "用户管理", Exact = true });
        var child = page.GetByRole(AriaRole.Checkbox, new() { Name = "新建用户", Exact = true });
        await Expect(parent).Not.ToBeCheckedAsync();
        await Expect(child).ToBeDisabledAsync();

        await parent.CheckAsync();
        await Expect(child).ToBeEnabledAsync();
        await child.CheckAsync();
        await parent.UncheckAsync();
        await Expect(child).ToBeDisabledAsync();
    }
}

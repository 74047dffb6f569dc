using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Workflows;

/// <summary>The bureau's designer edits the built-in hazard process in bpmn-js, in Chinese, checked by the engine as they draw.</summary>
[Collection(BrowserCollection.Name)]
public sealed class DesignerTests(BrowserFixture fixture)
{
    [Fact]
    public async Task Designer_renames_a_step_saves_and_publishes_then_sees_a_broken_model_marked()
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync(LoginPage.Bureau, "designer");
        await page.GetByTestId("side-menu").GetByRole(AriaRole.Link, new() { Name = "流程设计" }).ClickAsync();
        await page.GetByTestId("definitions").Locator("tr[data-key='hazard-rectification']").GetByRole(AriaRole.Link).ClickAsync();

        // The bundle is served and the modeler draws the process with the Chinese palette.
        var canvas = page.GetByTestId("designer-canvas");
        await Expect(canvas.Locator("[data-element-id='ConfirmLevel']")).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "创建用户任务" })).ToBeVisibleAsync();
        await Expect(page.GetByRole(AriaRole.Button, new() { Name = "创建并行网关" })).ToBeVisibleAsync();
        await Expect(page.GetByTestId("problems")).ToContainTextAsync("没有发现问题");

        // Rename a step in the properties panel, save the draft and publish it as the next version.
        await canvas.Locator("[data-element-id='ConfirmLevel']").ClickAsync();
        var name = page.Locator("#bio-properties-panel-name");
        await name.FillAsync("镇区核实隐患等级");
        await name.PressAsync("Tab");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存草稿" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("草稿已保存。");
        await page.GetByRole(AriaRole.Toolbar).GetByRole(AriaRole.Button, new() { Name = "发布" }).ClickAsync();
        await Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已发布为第");
        await page.GetByRole(AriaRole.Tab, new() { Name = "版本" }).ClickAsync();
        await Expect(page.GetByTestId("versions").Locator("li")).ToHaveCountAsync(2);

        // Deleting the start event leaves every step unreachable: the engine's validator names them, the diagram marks them.
        await canvas.Locator("[data-element-id='HazardReported']").ClickAsync();
        await page.Locator(".djs-context-pad [data-action='delete']").ClickAsync();
        await Expect(canvas.Locator("[data-element-id='ConfirmLevel'].portal-invalid")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { Name = "问题" }).ClickAsync();
        await Expect(page.GetByTestId("problems").Locator("li[data-element-id]").First).ToBeVisibleAsync();
        await Expect(page.Locator(".bjs-powered-by")).ToBeVisibleAsync();
    }
}

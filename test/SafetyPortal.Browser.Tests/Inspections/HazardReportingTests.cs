using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Inspections;

[Collection(BrowserCollection.Name)]
public sealed class HazardReportingTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_a_principal_reports_a_hazard_adds_a_photo_from_the_camera_and_finds_it_in_the_register()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "principal");
        await page.GotoAsync("/Inspections/Hazards");
        var description = "消防栓被货物遮挡 " + Guid.NewGuid().ToString("N")[..6];

        await page.GetByTestId("report").ClickAsync();
        await page.Locator("#Input_EnterpriseId").SelectOptionAsync(new SelectOptionValue { Index = 1 });
        await page.Locator("#Input_Description").FillAsync(description);
        await page.Locator("#report-form button[type=submit]").ClickAsync();
        await Expect(page.GetByTestId("reported")).ToBeVisibleAsync();
        await Expect(page.GetByTestId("status")).ToHaveTextAsync("待确认");
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "现场.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.Jpeg(SKColors.DarkRed) });
        await page.Locator("#photo-form button[type=submit]").ClickAsync();

        await Expect(page.GetByTestId("uploaded")).ToBeVisibleAsync();
        var thumbnail = page.GetByTestId("photos-Before").Locator("img");
        await Expect(thumbnail).ToHaveCountAsync(1);
        // The image may still be on its way when it appears: wait for it to finish, then check it decoded.
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<bool>("img => img.naturalWidth > 0"), "The thumbnail did not load.");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The hazard page scrolls sideways by {overflow}px on a 390px wide phone.");

        await page.GotoAsync("/Inspections/Hazards?search=" + Uri.EscapeDataString(description));
        await Expect(page.GetByTestId("hazards").GetByRole(AriaRole.Link, new() { Name = description })).ToBeVisibleAsync();
    }
}

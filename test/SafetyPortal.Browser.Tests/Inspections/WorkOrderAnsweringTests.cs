using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;
using SkiaSharp;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Inspections;

/// <summary>A work order (工单) answered where the notice leads: on a phone, with the camera, the place taken by the page.</summary>
[Collection(BrowserCollection.Name)]
public sealed class WorkOrderAnsweringTests(BrowserFixture fixture)
{
    [Fact]
    public async Task On_a_phone_the_manager_answers_their_work_order_with_a_photo_and_sees_it_with_the_place()
    {
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = 25.4541f, Longitude = 119.0078f },
        });
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "manager");
        var title = "消防通道每日检查 " + Guid.NewGuid().ToString("N")[..6];
        await PushAsync(title, await EnterpriseOfAsync(page));

        await page.GotoAsync("/Inspections/WorkOrders");
        var card = page.GetByTestId("mine").Locator(".card", new() { HasText = title });
        await Expect(card.GetByTestId("answered")).ToHaveTextAsync("待回复");
        await card.GetByRole(AriaRole.Link).ClickAsync();
        await page.WaitForURLAsync("**/Inspections/WorkOrders/Order/**");
        await Expect(page.Locator("[data-place-status]")).ToHaveTextAsync("已获取位置");
        await page.Locator("#files").SetInputFilesAsync(new FilePayload { Name = "通道.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.Jpeg(SKColors.SeaGreen) });
        await page.Locator("#Answer_Note").FillAsync("通道畅通");
        await page.Locator("#answer-form button[type=submit]").ClickAsync();

        await Expect(page.GetByTestId("replied")).ToHaveTextAsync("已回复。");
        await Expect(page.GetByTestId("order-status")).ToHaveTextAsync("已回复");
        await Expect(page.Locator("#answer-form")).ToHaveCountAsync(0);
        await Expect(page.GetByTestId("answer-place")).ToContainTextAsync("25.4541, 119.0078");
        var thumbnail = page.GetByTestId("answer-photos").Locator("img");
        await Expect(thumbnail).ToHaveCountAsync(1);
        // The image may still be on its way when it appears: wait for it to finish, then check it decoded.
        await Expect(thumbnail).ToHaveJSPropertyAsync("complete", true);
        Assert.True(await thumbnail.EvaluateAsync<bool>("img => img.naturalWidth > 0"), "The thumbnail did not load.");
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The work order page scrolls sideways by {overflow}px on a 390px wide phone.");
    }

    private static async Task<string> EnterpriseOfAsync(IPage page)
    {
        var response = await page.APIRequest.GetAsync("/api/account/me");
        Assert.True(response.Ok, await response.TextAsync());
        return (await response.JsonAsync())!.Value.GetProperty("organizationUnits").EnumerateArray()
            .Select(u => u.TryGetProperty("enterpriseId", out var id) ? id.GetString() : null).First(id => id is not null)!;
    }

    /// <summary>The town inspector pushes a daily campaign, place required, to the manager's enterprise.</summary>
    private async Task PushAsync(string title, string enterpriseId)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "inspector");
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        var response = await page.APIRequest.PostAsync("/api/inspections/work-orders/campaigns", new()
        {
            DataObject = new
            {
                title, measure = "每日检查消防通道畅通，拍摄通道照片", frequency = "Daily", firstDay = today.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                lastDay = today.AddDays(5).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), requirePlace = true, enterpriseIds = new[] { enterpriseId },
            },
        });
        Assert.True(response.Ok, $"{response.Status} {await response.TextAsync()}");
    }
}

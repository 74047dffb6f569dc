using System.Text.Json;
using Microsoft.Playwright;
using SkiaSharp;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Inspections;

/// <summary>
/// The checklist on a phone that loses the network: the page reloads from the service worker's copies, answers given
/// offline — and the photo of what failed — wait on the phone and upload by themselves once it is back; signing out
/// clears the offline copies. The cycle is of 2044, a year no other test opens (the tier's earlier cycles close when one opens).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChecklistTests(BrowserFixture fixture)
{
    private const string Offline = "离线，已保存在本机，联网后自动上传";

    [Fact]
    public async Task On_a_phone_the_manager_answers_part_of_a_self_check_offline_and_submits_once_the_queue_uploaded_itself()
    {
        var cycleId = await OpenSelfCheckAsync("2044-06-15");
        await using var context = await fixture.NewContextAsync(new BrowserNewContextOptions
        {
            ViewportSize = new ViewportSize { Width = 390, Height = 844 },
            IsMobile = true,
            HasTouch = true,
            Permissions = ["geolocation"],
            Geolocation = new Geolocation { Latitude = 25.4541f, Longitude = 119.0078f },
        });
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "manager");
        var taskId = await MyTaskAsync(page, cycleId);

        await page.GotoAsync("/Inspections/Checks");
        await page.GetByTestId("my-tasks").Locator($"[data-task-id='{taskId}']").ClickAsync();
        await page.WaitForURLAsync($"**/Inspections/Checks/Task/{taskId}");
        // The service worker (registered on the index) takes over; this reload passes through it and leaves its copies.
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "The service worker does not control the checklist.");
        var items = page.Locator("[data-item]");
        var count = await items.CountAsync();
        Assert.True(count >= 2, $"The checklist has {count} items.");
        var online = count / 2;
        for (var i = 0; i < online; i++)
        {
            await items.Nth(i).Locator("[data-choice=Passed]").ClickAsync();
        }
        await Expect(page.Locator("[data-save-status]")).ToHaveTextAsync("已保存");
        // The page reads the task back after saving; the worker keeps that copy for an offline reload.
        await page.WaitForFunctionAsync(
            "async ([url, answered]) => { const r = await caches.match(url, { ignoreVary: true }); return !!r && (await r.json()).task.answeredCount === answered; }",
            new object[] { $"/api/inspections/tasks/{taskId}", online });

        await context.SetOfflineAsync(true);
        for (var i = online; i < count; i++)
        {
            await items.Nth(i).Locator(i == count - 1 ? "[data-choice=NotApplicable]" : "[data-choice=Passed]").ClickAsync();
        }
        // What the manager found wrong, described and photographed with the camera while still offline.
        var failing = items.Nth(count - 2);
        await failing.Locator("[data-choice=Failed]").ClickAsync();
        await failing.Locator("[data-note]").FillAsync("消防通道堆放纸箱");
        await failing.Locator("[data-photo-input]").SetInputFilesAsync(new FilePayload { Name = "通道.jpg", MimeType = "image/jpeg", Buffer = TestPhotos.Jpeg(SKColors.Orange) });
        await Expect(failing.Locator("[data-photo-pending]")).ToHaveTextAsync("1 张照片待上传");
        await Expect(page.Locator("[data-save-status]")).ToHaveTextAsync(Offline);
        await Expect(page.GetByTestId("submit")).ToBeDisabledAsync();
        await Expect(items.Nth(count - 1).Locator("[data-choice=NotApplicable]")).ToHaveAttributeAsync("aria-pressed", "true");
        Assert.Equal(online, (await TaskAsync(page, taskId)).GetProperty("task").GetProperty("answeredCount").GetInt32());
        await page.ReloadAsync();
        await Expect(page.Locator("[data-progress]")).ToHaveTextAsync($"{count}/{count} 项");
        await Expect(items.Nth(count - 1).Locator("[data-choice=NotApplicable]")).ToHaveAttributeAsync("aria-pressed", "true");
        await Expect(page.Locator("[data-save-status]")).ToHaveTextAsync(Offline);
        // The list of one's inspections opens offline too, and leads back to the checklist.
        await page.GotoAsync("/Inspections/Checks");
        await page.GetByTestId("my-tasks").Locator($"[data-task-id='{taskId}']").ClickAsync();
        await page.WaitForURLAsync($"**/Inspections/Checks/Task/{taskId}");
        await Expect(page.Locator("[data-progress]")).ToHaveTextAsync($"{count}/{count} 项");

        await context.SetOfflineAsync(false);
        await UploadedAsync(page, taskId, count);
        await Expect(failing.Locator("[data-photo-pending]")).ToHaveTextAsync("", new() { Timeout = 60_000 });
        await Expect(failing.Locator("[data-photo-list] a img")).ToHaveCountAsync(1);
        await Expect(page.Locator("[data-save-status]")).ToHaveTextAsync("已保存");
        await page.GetByTestId("submit").ClickAsync();

        await Expect(page.GetByTestId("submitted")).ToHaveTextAsync("检查已提交。");
        await Expect(page.GetByTestId("task-status")).ToHaveTextAsync("已提交");
        await Expect(page.Locator("[data-choice]:not([disabled])")).ToHaveCountAsync(0);
        var submitted = await TaskAsync(page, taskId);
        Assert.Equal("Submitted", submitted.GetProperty("task").GetProperty("status").GetString());
        Assert.Equal("NotApplicable", submitted.GetProperty("items")[count - 1].GetProperty("answer").GetString());
        var found = submitted.GetProperty("items")[count - 2];
        Assert.Equal(1, found.GetProperty("photos").GetArrayLength());
        var overflow = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth - document.documentElement.clientWidth");
        Assert.True(overflow <= 0, $"The checklist page scrolls sideways by {overflow}px on a 390px wide phone.");
        // The failed item became a hazard whose photo as found is the one taken offline.
        await Expect(failing.Locator("[data-hazard]")).ToBeVisibleAsync();
        await failing.Locator("[data-hazard]").ClickAsync();
        await Expect(page.GetByTestId("photos-Before").Locator("img")).ToHaveCountAsync(1);

        // Signing out takes the offline copies along: the next person on this phone cannot open the checklist offline.
        Assert.True(await page.EvaluateAsync<int>("async () => (await caches.keys()).length") > 0, "The service worker kept nothing.");
        await page.GetByTestId("user-menu").ClickAsync();
        await page.GetByTestId("sign-out").ClickAsync();
        await page.WaitForURLAsync("**/Account/Login**");
        Assert.Equal(0, await page.EvaluateAsync<int>("async () => (await caches.keys()).length"));
    }

    private async Task<string> OpenSelfCheckAsync(string day)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "townadmin");
        var response = await page.APIRequest.PostAsync("/api/inspections/cycles", new() { DataObject = new { tier = "SelfCheck", day } });
        Assert.True(response.Ok, $"{response.Status} {await response.TextAsync()}");
        return (await response.JsonAsync())!.Value.GetProperty("cycle").GetProperty("id").GetString()!;
    }

    private static async Task<string> MyTaskAsync(IPage page, string cycleId)
    {
        var response = await page.APIRequest.GetAsync($"/api/inspections/tasks?cycleId={cycleId}&mine=true");
        Assert.True(response.Ok, await response.TextAsync());
        return (await response.JsonAsync())!.Value.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    private static async Task<JsonElement> TaskAsync(IPage page, string taskId)
    {
        var response = await page.APIRequest.GetAsync($"/api/inspections/tasks/{taskId}");
        Assert.True(response.Ok, await response.TextAsync());
        return (await response.JsonAsync())!.Value;
    }

    /// <summary>Waits (up to a minute: the page also retries every 15 s) until the server holds every answer.</summary>
    private static async Task UploadedAsync(IPage page, string taskId, int count)
    {
        var answered = 0;
        for (var attempt = 0; attempt < 120 && answered < count; attempt++)
        {
            answered = (await TaskAsync(page, taskId)).GetProperty("task").GetProperty("answeredCount").GetInt32();
            if (answered < count)
            {
                await Task.Delay(500);
            }
        }
        Assert.Equal(count, answered);
    }
}

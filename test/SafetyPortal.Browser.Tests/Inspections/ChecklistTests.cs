using System.Text.Json;
using Microsoft.Playwright;
using SkiaSharp;
using SafetyPortal.Browser.Tests.Infrastructure;
using static Microsoft.Playwright.Assertions;

namespace SafetyPortal.Browser.Tests.Inspections;

/// <summary>
/// The checklist on a phone that loses the network: the page reloads from the service worker's copies, answers given
/// offline — and the photo of what failed — wait on the phone and upload by themselves once it is back; signing out
/// clears the offline copies; an older copy never replaces a newer one. Each test opens its own cycle, in 2044 and 2045, years no
/// other test opens (the tier's earlier cycles close when one opens).
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class ChecklistTests(BrowserFixture fixture)
{
    private const string Offline = "离线，已保存在本机，联网后自动上传";

    [Fact]
    public async Task On_a_phone_the_manager_answers_part_of_a_self_check_offline_and_submits_once_the_queue_uploaded_itself()
    {
        var cycleId = await OpenSelfCheckAsync("2044-06-15");
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();
        page.Dialog += async (_, dialog) => await dialog.AcceptAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "manager");
        var taskId = await MyTaskAsync(page, cycleId);
        await OpenChecklistAsync(page, taskId);
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
        await OfflineCopyHoldsAsync(page, taskId, online);

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

    [Fact]
    public async Task A_reading_of_the_checklist_answered_after_a_newer_one_does_not_replace_the_offline_copy()
    {
        var cycleId = await OpenSelfCheckAsync("2045-03-15");
        await using var context = await PhoneAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "manager");
        var taskId = await MyTaskAsync(page, cycleId);
        await OpenChecklistAsync(page, taskId);
        // The page reads the task as it loads. The server answers that first reading at once (nothing answered yet), but
        // the answer reaches the phone only after the reading that follows the first saved answer.
        var api = $"/api/inspections/tasks/{taskId}";
        var release = new TaskCompletionSource();
        var firstHeld = new TaskCompletionSource();
        var readings = 0;
        await context.RouteAsync($"**{api}", async route =>
        {
            if (Interlocked.Increment(ref readings) != 1)
            {
                await route.ContinueAsync();
                return;
            }
            var answer = await route.FetchAsync();
            firstHeld.SetResult();
            await release.Task;
            await route.FulfillAsync(new() { Response = answer });
        });
        var pageReadings = 0;
        var bothRead = new TaskCompletionSource();
        page.Response += (_, response) =>
        {
            if (response.Url.EndsWith(api, StringComparison.Ordinal) && Interlocked.Increment(ref pageReadings) == 2)
            {
                bothRead.TrySetResult();
            }
        };
        await page.ReloadAsync();
        await firstHeld.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var first = page.Locator("[data-item]").First;
        await first.Locator("[data-choice=Passed]").ClickAsync();
        await Expect(page.Locator("[data-save-status]")).ToHaveTextAsync("已保存");
        await OfflineCopyHoldsAsync(page, taskId, 1);
        release.SetResult();
        await bothRead.Task.WaitAsync(TimeSpan.FromSeconds(60));

        // Offline, the reloaded checklist shows the answer the server holds, not the older reading that arrived last.
        await context.SetOfflineAsync(true);
        await page.ReloadAsync();
        var count = await page.Locator("[data-item]").CountAsync();
        await Expect(page.Locator("[data-progress]")).ToHaveTextAsync($"1/{count} 项");
        await Expect(first.Locator("[data-choice=Passed]")).ToHaveAttributeAsync("aria-pressed", "true");
    }

    private Task<IBrowserContext> PhoneAsync() => fixture.NewContextAsync(new BrowserNewContextOptions
    {
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        Permissions = ["geolocation"],
        Geolocation = new Geolocation { Latitude = 25.4541f, Longitude = 119.0078f },
    });

    /// <summary>Opens the task's checklist from the list of one's inspections and reloads it once the service worker took over, so it passes through the worker and leaves its copies.</summary>
    private static async Task OpenChecklistAsync(IPage page, string taskId)
    {
        await page.GotoAsync("/Inspections/Checks");
        await page.GetByTestId("my-tasks").Locator($"[data-task-id='{taskId}']").ClickAsync();
        await page.WaitForURLAsync($"**/Inspections/Checks/Task/{taskId}");
        await page.EvaluateAsync("() => navigator.serviceWorker.ready.then(() => true)");
        await page.ReloadAsync();
        Assert.True(await page.EvaluateAsync<bool>("() => navigator.serviceWorker.controller !== null"), "The service worker does not control the checklist.");
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
    private static Task UploadedAsync(IPage page, string taskId, int count) =>
        SettlesAsync(async () => (await TaskAsync(page, taskId)).GetProperty("task").GetProperty("answeredCount").GetInt32(), count);

    /// <summary>Waits until the service worker's offline copy of the task (-1: none) counts this many answers.</summary>
    private static Task OfflineCopyHoldsAsync(IPage page, string taskId, int answered) => SettlesAsync(() => page.EvaluateAsync<int>(
        "async url => { const r = await caches.match(url, { ignoreVary: true }); return r ? (await r.json()).task.answeredCount : -1; }",
        $"/api/inspections/tasks/{taskId}"), answered);

    /// <summary>Reads a count every half second, up to a minute, until it is the one expected.</summary>
    private static async Task SettlesAsync(Func<Task<int>> read, int expected)
    {
        var value = await read();
        for (var attempt = 0; attempt < 120 && value != expected; attempt++)
        {
            await Task.Delay(500);
            value = await read();
        }
        Assert.Equal(expected, value);
    }
}

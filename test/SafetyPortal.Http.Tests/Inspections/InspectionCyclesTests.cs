using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Notifications;
using SafetyPortal.Http.Tests.Workflows;
using static SafetyPortal.Http.Tests.Inspections.CycleClient;
using SkiaSharp;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>
/// The "1+2+3" cycles: opened for every enterprise in scope with checklists from their risk points, answered and submitted,
/// turned into hazards, covered and flagged. Each test opens periods of its own year, so the tests never close each other's cycles.
/// </summary>
public abstract class InspectionCyclesTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task Opening_a_month_gives_every_enterprise_one_self_check_with_a_checklist_from_its_risk_points()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var enterpriseId = await manager.EnterpriseOfAsync();

        var opened = await townadmin.OpenedAsync("SelfCheck", "2031-03-10");

        Assert.Equal(new DateOnly(2031, 3, 1), opened.Cycle.PeriodStart);
        Assert.Equal(new DateOnly(2031, 3, 31), opened.Cycle.PeriodEnd);
        Assert.True(opened.Opened > 1);
        Assert.Equal(opened.Opened, opened.Cycle.TaskCount);
        var all = await townadmin.InspectionTasksAsync($"cycleId={opened.Cycle.Id}");
        Assert.Equal(opened.Opened, all.Select(t => t.EnterpriseId).Distinct().Count());
        var mine = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));
        Assert.Equal(enterpriseId, mine.EnterpriseId);
        Assert.True(mine.MayPerform);
        var checklist = await manager.ChecklistAsync(mine.Id);
        Assert.Contains(checklist.Items, i => i.Source == "ControlMeasure" && i.RiskPoint!.Contains("压制车间粉尘", StringComparison.Ordinal));
        Assert.Contains(checklist.Items, i => i.Source == "CheckPoint");
        Assert.Contains(checklist.Items, i => i.Source == "General" && i.Text.Contains("应急预案", StringComparison.Ordinal));
        Assert.Equal(checklist.Items.Count, mine.ItemCount);
        Assert.All(checklist.Items, i => Assert.Equal("Pending", i.Answer));
        var instances = await townadmin.GetJsonAsync<PagedDocument<InstanceDocument>>($"/api/workflows/instances?processKey=inspection-task&businessKey={mine.Id}");
        Assert.Equal("Active", Assert.Single(instances!.Items).Status);

        var again = await townadmin.OpenedAsync("SelfCheck", "2031-03-25");
        Assert.Equal(0, again.Opened);
        Assert.Equal(opened.Cycle.Id, again.Cycle.Id);
        Assert.Equal(opened.Opened, again.Cycle.TaskCount);
    }

    [Fact]
    public async Task A_submitted_self_check_covers_its_enterprise_and_its_failed_item_becomes_a_hazard_for_the_town_to_confirm()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2032-05-01");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));
        var checklist = await manager.ChecklistAsync(task.Id);
        var failing = checklist.Items.First(i => i.Source == "ControlMeasure");

        await manager.AnsweredAllAsync(checklist, new Dictionary<Guid, string> { [failing.Id] = "除尘器滤袋破损，未及时更换" });
        var photo = Assert.Single(await manager.ItemPhotoUploadedAsync(task.Id, failing.Id, Jpeg(SKColors.OrangeRed)));
        Assert.Single(await manager.ItemPhotoUploadedAsync(task.Id, failing.Id, Jpeg(SKColors.OrangeRed)));
        var submitted = await manager.SubmitAsync(task.Id, new { latitude = 22.5431m, longitude = 113.9468m });

        Assert.True(submitted.IsSuccessStatusCode, await submitted.Content.ReadAsStringAsync());
        var done = (await submitted.Content.ReadFromJsonAsync<InspectionTaskDetailDocument>())!;
        Assert.Equal("Submitted", done.Task.Status);
        Assert.Equal(1, done.Task.FailedCount);
        Assert.Equal("manager", done.Task.SubmitterName);
        var hazardId = done.Items.Single(i => i.Id == failing.Id).HazardId!.Value;
        var hazard = (await inspector.GetJsonAsync<HazardDocument>($"{Hazards}/{hazardId}"))!;
        Assert.Equal("Reported", hazard.Status);
        Assert.Equal(task.Id, hazard.InspectionTaskId);
        Assert.Equal(failing.RiskPointId, hazard.RiskPointId);
        Assert.Contains("除尘器滤袋破损", hazard.Description, StringComparison.Ordinal);
        Assert.Equal("ConfirmLevel", Assert.Single(await inspector.TasksAsync("groups", hazardId.ToString())).ElementId);
        var found = Assert.Single((await inspector.GetJsonAsync<List<HazardPhotoDocument>>($"{Hazards}/{hazardId}/photos"))!);
        Assert.Equal(("Before", photo.Id), (found.Stage, found.Id));
        Assert.Equal(HttpStatusCode.OK, (await inspector.Http.GetAsync(found.ThumbnailUrl)).StatusCode);
        var cycle = (await townadmin.GetJsonAsync<InspectionCycleDocument>($"{Cycles}/{opened.Cycle.Id}"))!;
        Assert.Equal(1, cycle.Submitted);
        Assert.Equal(Math.Round(100m / cycle.TaskCount, 1, MidpointRounding.AwayFromZero), cycle.CoverageRate);
        await Eventually.ReturnsAsync(async () => (await townadmin.GetJsonAsync<PagedDocument<InstanceDocument>>(
                $"/api/workflows/instances?processKey=inspection-task&businessKey={task.Id}"))!.Items.Single().Status,
            status => status == "Completed", "the task's process to end with the submission");
        var again = await manager.AnswerAsync(task.Id, new { itemId = failing.Id, answer = "Passed" });
        Assert.Equal("status", Assert.Single((await RefusedAsync(again)).Errors!).Key);
    }

    [Fact]
    public async Task A_submission_with_unanswered_items_or_a_failure_left_undescribed_is_refused_and_keeps_the_task_open()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2033-07-01");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));
        var checklist = await manager.ChecklistAsync(task.Id);
        var first = checklist.Items[0];
        var second = checklist.Items[1];

        var badBatch = await manager.AnswerAsync(task.Id, new { itemId = first.Id, answer = "Passed" }, new { itemId = Guid.NewGuid(), answer = "Passed" });
        Assert.Equal(["answers[1].itemId"], (await RefusedAsync(badBatch)).Errors!.Keys);
        Assert.Equal("Pending", (await manager.ChecklistAsync(task.Id)).Items[0].Answer);

        var answered = await manager.AnswerAsync(task.Id, new { itemId = first.Id, answer = "Passed" }, new { itemId = second.Id, answer = "Failed" });
        Assert.True(answered.IsSuccessStatusCode, await answered.Content.ReadAsStringAsync());
        var progress = (await answered.Content.ReadFromJsonAsync<ProgressDocument>())!;
        Assert.Equal(("InProgress", 2, 1), (progress.Status, progress.AnsweredCount, progress.FailedCount));

        var refused = await RefusedAsync(await manager.SubmitAsync(task.Id));
        Assert.Equal(["items", $"items[{second.SortOrder}].note", $"items[{second.SortOrder}].photos"], refused.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains($"{checklist.Items.Count - 2}", refused.Errors!["items"][0], StringComparison.Ordinal);
        var after = await manager.ChecklistAsync(task.Id);
        Assert.Equal("InProgress", after.Task.Status);
        Assert.All(after.Items, i => Assert.Null(i.HazardId));
    }

    [Fact]
    public async Task When_the_next_cycle_opens_unfinished_tasks_are_missed_and_take_no_more_answers()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var january = await townadmin.OpenedAsync("SelfCheck", "2034-01-15");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={january.Cycle.Id}&mine=true"));

        await townadmin.OpenedAsync("SelfCheck", "2034-02-01");

        var closed = (await townadmin.GetJsonAsync<InspectionCycleDocument>($"{Cycles}/{january.Cycle.Id}"))!;
        Assert.Equal("Closed", closed.Status);
        Assert.Equal(closed.TaskCount, closed.Missed);
        var checklist = await manager.ChecklistAsync(task.Id);
        Assert.Equal("Missed", checklist.Task.Status);
        Assert.False(checklist.CycleOpen);
        var refused = await RefusedAsync(await manager.AnswerAsync(task.Id, new { itemId = checklist.Items[0].Id, answer = "Passed" }));
        Assert.Contains("周期已结束", refused.Errors!["status"][0], StringComparison.Ordinal);
        await Eventually.ReturnsAsync(async () => (await townadmin.GetJsonAsync<PagedDocument<InstanceDocument>>(
                $"/api/workflows/instances?processKey=inspection-task&businessKey={task.Id}"))!.Items.Single().Status,
            status => status == "Completed", "the missed task's process to end");
    }

    [Fact]
    public async Task Patrols_go_to_the_grid_safety_officer_and_town_inspections_only_to_key_enterprises()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var officer = await factory.CreatePortalClient().SignedInAsync("chengxiang", "officer");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var enterpriseId = await manager.EnterpriseOfAsync();

        var patrols = await townadmin.OpenedAsync("Patrol", "2035-04-20");
        Assert.Equal((new DateOnly(2035, 3, 1), new DateOnly(2035, 4, 30)), (patrols.Cycle.PeriodStart, patrols.Cycle.PeriodEnd));
        var officerTasks = await officer.InspectionTasksAsync($"cycleId={patrols.Cycle.Id}&mine=true");
        Assert.Equal(patrols.Opened, officerTasks.Count);
        Assert.All(officerTasks, t => Assert.Equal("王丽", t.AssigneeName));
        Assert.Empty(await inspector.InspectionTasksAsync($"cycleId={patrols.Cycle.Id}&mine=true"));
        var refused = await inspector.AnswerAsync(officerTasks[0].Id, new { itemId = Guid.NewGuid(), answer = "Passed" });
        Assert.Equal(HttpStatusCode.Forbidden, refused.StatusCode);

        await townadmin.SettingsSavedAsync(new() { ["Inspections.Cycles.KeyBySites"] = "false", ["Inspections.Cycles.KeyGrades"] = "None" });
        var inspections = await townadmin.OpenedAsync("Inspection", "2035-04-20");
        var keyTask = Assert.Single(await inspector.InspectionTasksAsync($"cycleId={inspections.Cycle.Id}&mine=true"));
        Assert.Equal(enterpriseId, keyTask.EnterpriseId);
        Assert.Contains((await inspector.ChecklistAsync(keyTask.Id)).Items, i => i.Text.Contains("上期发现的隐患", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_A_grade_enterprise_without_major_risks_or_key_sites_is_inspected_while_A_is_a_key_grade()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var created = await townadmin.Http.PostAsJsonAsync("/api/organization/enterprises", new
        {
            displayName = "城厢甲级监管测试企业", creditCode = CreditCodes.New(), type = "IndustryAndTrade", scale = "Small", regulatoryGrade = "A",
        });
        Assert.True(created.StatusCode == HttpStatusCode.Created, await created.Content.ReadAsStringAsync());
        var enterpriseId = (await created.Content.ReadFromJsonAsync<EnterpriseDocument>())!.Id;

        await townadmin.SettingsSavedAsync(new() { ["Inspections.Cycles.KeyGrades"] = "a, B" });
        var graded = await townadmin.OpenedAsync("Inspection", "2039-02-10");
        Assert.Contains(await townadmin.InspectionTasksAsync($"cycleId={graded.Cycle.Id}"), t => t.EnterpriseId == enterpriseId);

        await townadmin.SettingsSavedAsync(new() { ["Inspections.Cycles.KeyGrades"] = "None" });
        var ungraded = await townadmin.OpenedAsync("Inspection", "2039-05-10");
        Assert.DoesNotContain(await townadmin.InspectionTasksAsync($"cycleId={ungraded.Cycle.Id}"), t => t.EnterpriseId == enterpriseId);
    }

    [Fact]
    public async Task A_key_grade_that_is_not_a_grade_letter_is_refused_naming_it()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var refused = await RefusedAsync(await townadmin.Http.PutAsJsonAsync("/api/settings?level=Town",
            new { values = new Dictionary<string, string?> { ["Inspections.Cycles.KeyGrades"] = "A,E" } }));
        var message = Assert.Single(refused.Errors!["Inspections.Cycles.KeyGrades"]);
        Assert.Contains("E", message, StringComparison.Ordinal);
        Assert.Contains("不是监管等级", message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_self_check_passed_in_a_minute_is_flagged_perfunctory_for_the_town()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2036-09-09");
        var task = Assert.Single(await principal.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));

        await principal.AnsweredAllAsync(await principal.ChecklistAsync(task.Id));
        Assert.True((await principal.SubmitAsync(task.Id)).IsSuccessStatusCode);

        var flagged = Assert.Single(await townadmin.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&flagged=true"));
        Assert.Equal(task.Id, flagged.Id);
        Assert.Equal(["TooFast"], flagged.Flags);
        Assert.Equal(1, (await townadmin.GetJsonAsync<InspectionCycleDocument>($"{Cycles}/{opened.Cycle.Id}"))!.Flagged);
    }

    [Fact]
    public async Task An_overdue_self_check_reminds_the_enterprise_safety_staff()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2020-06-15");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));
        Assert.True(task.IsOverdue);
        Assert.Equal(opened.Cycle.TaskCount, (await townadmin.GetJsonAsync<InspectionCycleDocument>($"{Cycles}/{opened.Cycle.Id}"))!.Overdue);

        var notice = await Eventually.ReturnsAsync(
            async () => (await manager.NoticesAsync("kind=Inspections.TaskOverdue")).FirstOrDefault(n => n.Url == $"/Inspections/Checks/Task/{task.Id}"),
            n => n is not null, "the overdue reminder");
        Assert.Contains("企业自查", notice!.Title, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Enterprise_staff_cannot_open_cycles_and_the_bureau_sees_every_towns_coverage()
    {
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var bureau = await factory.CreatePortalClient().SignedInAsync(null, "admin");

        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.PostAsJsonAsync(Cycles, new { tier = "SelfCheck" })).StatusCode);
        Assert.Equal("tier", Assert.Single((await RefusedAsync(await townadmin.Http.PostAsJsonAsync(Cycles, new { }))).Errors!).Key);
        var opened = await townadmin.OpenedAsync("SelfCheck", "2037-11-02");

        var seen = (await bureau.GetJsonAsync<PagedDocument<InspectionCycleDocument>>($"{Cycles}?tier=SelfCheck&pageSize=200"))!.Items;
        var row = Assert.Single(seen, c => c.Id == opened.Cycle.Id);
        Assert.Equal(opened.Cycle.TownId, row.TownId);
        Assert.Equal(opened.Opened, row.TaskCount);
    }

    [Fact]
    public async Task A_photo_shown_for_two_items_flags_the_inspection_and_a_photo_that_is_not_a_picture_is_refused()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2038-02-02");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));
        var checklist = await manager.ChecklistAsync(task.Id);
        var same = Jpeg(SKColors.SteelBlue);

        var notAPhoto = await manager.Http.PostAsync($"{Tasks}/{task.Id}/items/{checklist.Items[0].Id}/photos", Multipart("记录.jpg", "not a photo"u8.ToArray(),
            await manager.GetAntiforgeryTokenAsync("/Inspections/Hazards")));
        Assert.Equal("files", Assert.Single((await RefusedAsync(notAPhoto)).Errors!).Key);
        await manager.ItemPhotoUploadedAsync(task.Id, checklist.Items[0].Id, same);
        await manager.ItemPhotoUploadedAsync(task.Id, checklist.Items[1].Id, same);
        await manager.AnsweredAllAsync(checklist);
        Assert.True((await manager.SubmitAsync(task.Id)).IsSuccessStatusCode);

        var flagged = Assert.Single(await townadmin.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&flagged=true"));
        Assert.Contains("ReusedPhotos", flagged.Flags);
        Assert.Equal(2, (await manager.ChecklistAsync(task.Id)).Items.Sum(i => i.Photos.Count));
    }

    [Fact]
    public async Task A_photo_a_phone_sends_twice_at_once_is_kept_once()
    {
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        using var manager = await factory.CreatePortalClient().SignedInAsync("chengxiang", "manager");
        var opened = await townadmin.OpenedAsync("SelfCheck", "2039-04-04");
        var task = Assert.Single(await manager.InspectionTasksAsync($"cycleId={opened.Cycle.Id}&mine=true"));
        var item = (await manager.ChecklistAsync(task.Id)).Items[0];
        var photo = Jpeg(SKColors.Goldenrod);

        var sent = await Task.WhenAll(Enumerable.Range(0, 3).Select(_ => manager.UploadItemPhotoAsync(task.Id, item.Id, photo)));

        Assert.All(sent, r => Assert.Equal(HttpStatusCode.OK, r.StatusCode));
        Assert.Single((await manager.ChecklistAsync(task.Id)).Items.Single(i => i.Id == item.Id).Photos);
    }

    private static MultipartFormDataContent Multipart(string name, byte[] content, string token)
    {
        var form = new MultipartFormDataContent();
        var part = new ByteArrayContent(content);
        part.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("image/jpeg");
        form.Add(part, "files", name);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return form;
    }
}

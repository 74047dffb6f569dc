using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Workflows;
using SkiaSharp;
using static SafetyPortal.Http.Tests.Inspections.HazardClient;

namespace SafetyPortal.Http.Tests.Inspections;

/// <summary>Photos of hazards: checked, thumbnailed, served within the reader's scope; after-photos prove the rectification.</summary>
public abstract class HazardPhotosTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    [Fact]
    public async Task A_photo_is_kept_with_its_size_and_a_thumbnail_and_a_document_posing_as_one_is_refused_whole()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "灭火器过期" });

        var refused = await RefusedAsync(await principal.UploadAsync(hazard.Id, "Before",
            ("现场.jpg", Jpeg(SKColors.Red)), ("报告.jpg", "%PDF-1.7 not a photo"u8.ToArray())));
        Assert.Contains("报告.jpg", Assert.Single(refused.Errors!["files"]), StringComparison.Ordinal);
        Assert.Empty((await principal.GetJsonAsync<List<HazardPhotoDocument>>($"{Hazards}/{hazard.Id}/photos"))!);

        var photo = Assert.Single(await principal.UploadedAsync(hazard.Id, "Before", ("现场.jpg", Jpeg(SKColors.Red))));
        Assert.Equal(("Before", 640, 480, "principal"), (photo.Stage, photo.Width, photo.Height, photo.UploadedBy));
        var thumbnail = await principal.Http.GetAsync(photo.ThumbnailUrl);
        Assert.Equal("image/jpeg", thumbnail.Content.Headers.ContentType?.MediaType);
        using (var small = SKBitmap.Decode(await thumbnail.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal((320, 240), (small.Width, small.Height));
        }
        Assert.Equal(HttpStatusCode.OK, (await principal.Http.GetAsync(photo.Url)).StatusCode);
    }

    [Fact]
    public async Task Another_enterprises_staff_cannot_see_or_add_photos()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var townadmin = await factory.CreatePortalClient().SignedInAsync("chengxiang", "townadmin");
        var own = await principal.EnterpriseOfAsync();
        var other = (await townadmin.GetJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises?pageSize=50"))!.Items.First(e => e.Id != own).Id;
        var hazard = await townadmin.ReportedAsync(new { enterpriseId = other, description = "配电柜无防护" });
        var photo = Assert.Single(await townadmin.UploadedAsync(hazard.Id, "Before", ("柜.jpg", Jpeg(SKColors.Blue))));

        Assert.Equal(HttpStatusCode.NotFound, (await principal.Http.GetAsync(photo.Url)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await principal.Http.GetAsync(photo.ThumbnailUrl)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await principal.UploadAsync(hazard.Id, "Before", ("x.jpg", Jpeg(SKColors.Green)))).StatusCode);
    }

    [Fact]
    public async Task After_photos_wait_for_the_rectification_and_must_differ_from_the_before_photos()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "安全出口上锁" });
        var before = Jpeg(SKColors.Orange);
        await principal.UploadedAsync(hazard.Id, "Before", ("锁.jpg", before));

        Assert.Contains("stage", (await RefusedAsync(await principal.UploadAsync(hazard.Id, "After", ("开.jpg", Jpeg(SKColors.White))))).Errors!.Keys);
        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("groups", hazard.Id.ToString())).Id, new { level = "General" });
        await principal.StatusAsync(hazard.Id, "Rectifying");

        var same = await RefusedAsync(await principal.UploadAsync(hazard.Id, "After", ("还是锁.jpg", before)));
        Assert.Contains("还是锁.jpg", Assert.Single(same.Errors!["files"]), StringComparison.Ordinal);
        Assert.Single(await principal.UploadedAsync(hazard.Id, "After", ("开.jpg", Jpeg(SKColors.White))),
            p => p.Stage == "After");
    }

    [Fact]
    public async Task Two_batches_sent_at_once_never_give_a_stage_more_than_nine_photos()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "消防通道堆放杂物" });
        var batches = Enumerable.Range(0, 2)
            .Select(b => Enumerable.Range(0, 5).Select(i => ($"{b}-{i}.jpg", Jpeg(new SKColor((byte)((100 * b) + (10 * i)), 90, 150)))).ToArray());

        var sent = await Task.WhenAll(batches.Select(files => principal.UploadAsync(hazard.Id, "Before", files)));

        Assert.Equal([HttpStatusCode.OK, HttpStatusCode.BadRequest], sent.Select(r => r.StatusCode).Order());
        Assert.Contains("9", Assert.Single((await RefusedAsync(sent.Single(r => !r.IsSuccessStatusCode))).Errors!["files"]), StringComparison.Ordinal);
        Assert.Equal(5, (await principal.GetJsonAsync<List<HazardPhotoDocument>>($"{Hazards}/{hazard.Id}/photos"))!.Count);
    }

    [Fact]
    public async Task Photos_attached_in_the_rectification_form_become_the_after_photos_and_let_the_hazard_close()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "电缆沟盖板缺失" });
        var key = hazard.Id.ToString();
        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("groups", key)).Id, new { level = "General" });
        var rectify = await principal.TaskAsync(key, "Rectify");
        var uploaded = await TaskFilesTests<TFactory>.UploadAsync(principal, rectify.Id, ("盖板已装.jpg", Jpeg(SKColors.LimeGreen)), ("验收单.pdf", "%PDF-1.7\n%%EOF"u8.ToArray()));
        Assert.True(uploaded.IsSuccessStatusCode, await uploaded.Content.ReadAsStringAsync());

        await principal.CompletedAsync(rectify.Id, new { rectification = "已补装盖板", photos = await uploaded.Content.ReadFromJsonAsync<List<FileReferenceDocument>>() });

        await principal.StatusAsync(hazard.Id, "Verifying");
        var after = Assert.Single((await principal.GetJsonAsync<List<HazardPhotoDocument>>($"{Hazards}/{hazard.Id}/photos"))!);
        Assert.Equal(("After", "盖板已装.jpg", "principal"), (after.Stage, after.Name, after.UploadedBy));
        await inspector.CompletedAsync((await inspector.TaskAsync(key, "Verify")).Id, new { passed = true });
        Assert.NotNull((await principal.StatusAsync(hazard.Id, "Closed")).ClosedTime);
    }

    [Fact]
    public async Task A_hazard_without_after_photos_is_not_closed_but_returned_to_rectification()
    {
        using var principal = await factory.CreatePortalClient().SignedInAsync("chengxiang", "principal");
        using var inspector = await factory.CreatePortalClient().SignedInAsync("chengxiang", "inspector");
        var hazard = await principal.ReportedAsync(new { enterpriseId = await principal.EnterpriseOfAsync(), description = "货架超载" });
        var key = hazard.Id.ToString();
        await inspector.CompletedAsync(Assert.Single(await inspector.TasksAsync("groups", key)).Id, new { level = "General" });
        await principal.CompletedAsync((await principal.TaskAsync(key, "Rectify")).Id);
        await inspector.CompletedAsync((await inspector.TaskAsync(key, "Verify")).Id, new { passed = true });

        var returned = await principal.TaskAsync(key, "Rectify");

        Assert.Equal("Rectifying", (await principal.StatusAsync(hazard.Id, "Rectifying")).Status);
        Assert.Null((await principal.GetJsonAsync<HazardDocument>($"{Hazards}/{hazard.Id}"))!.ClosedTime);
        Assert.Equal("Rectify", returned.ElementId);
    }
}

public sealed class HazardPhotosTestsOnSqlite(SqlitePortalFactory factory) : HazardPhotosTests<SqlitePortalFactory>(factory);

public sealed class HazardPhotosTestsOnMariaDb(MariaDbPortalFactory factory) : HazardPhotosTests<MariaDbPortalFactory>(factory);

using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Learning.LearningClient;

namespace SafetyPortal.Http.Tests.Learning;

/// <summary>Writing courses, who sees them (bureau, town, enterprise), uploads checked by content and size, media by byte ranges.</summary>
public abstract class CourseAuthoringTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    [Fact]
    public async Task A_town_writes_sanitised_lessons_reorders_them_and_publishes_to_its_own_town_only()
    {
        using var author = await As("chengxiang", "townadmin");
        var course = await author.CreateCourseAsync("城厢 动火作业 " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal(("Town", "Draft"), (course.Owner, course.Status));
        course = await OkAsync<CourseDocument>(await author.Http.PostAsJsonAsync($"{Api}/courses/{course.Id}/chapters", new { title = "第一章" }));
        var chapter = course.Chapters[0].Id;
        var first = await OkAsync<LessonDocument>(await author.Http.PostAsJsonAsync($"{Api}/chapters/{chapter}/lessons",
            new { title = "动火审批", kind = "RichText", body = "<p onclick=\"x()\">审批</p><script>alert(1)</script>", creditHours = 0.5, minimumStudySeconds = 60 }),
            HttpStatusCode.Created);
        Assert.Equal("<p>审批</p>", first.Body);
        var second = await OkAsync<LessonDocument>(await author.Http.PostAsJsonAsync($"{Api}/chapters/{chapter}/lessons",
            new { title = "监护人职责", kind = "RichText", body = "**监护**", markdown = true, creditHours = 1 }), HttpStatusCode.Created);
        Assert.Contains("<strong>监护</strong>", second.Body, StringComparison.Ordinal);

        course = await OkAsync<CourseDocument>(await author.Http.PutAsJsonAsync($"{Api}/courses/{course.Id}/order",
            new { chapters = new[] { new { id = chapter, lessons = new[] { second.Id, first.Id } } } }));
        Assert.Equal([second.Id, first.Id], course.Chapters[0].Lessons.Select(l => l.Id));
        Assert.Equal((2, 1.5m), (course.LessonCount, course.CreditHours));
        var incomplete = await RefusedAsync(await author.Http.PutAsJsonAsync($"{Api}/courses/{course.Id}/order",
            new { chapters = new[] { new { id = chapter, lessons = new[] { second.Id } } } }));
        Assert.Contains("Chapters", incomplete.Errors!.Keys);

        using var employee = await As("chengxiang", "employee");
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync($"{Api}/courses/{course.Id}")).StatusCode);
        await OkAsync<CourseDocument>(await author.Http.PostAsync($"{Api}/courses/{course.Id}/publish", null));
        var catalogue = await employee.GetJsonAsync<PagedDocument<CourseRowDocument>>($"{Api}/catalogue?pageSize=200");
        Assert.Contains(catalogue!.Items, c => c.Id == course.Id);
        using var shaxi = await As("shaxi", "employee");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Api}/courses/{course.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.PostAsJsonAsync($"{Api}/courses", new { title = "x" })).StatusCode);
    }

    [Fact]
    public async Task Bureau_courses_reach_every_town_and_only_the_bureau_edits_them()
    {
        using var bureau = await As(null, "admin");
        var (course, _) = await bureau.CourseWithLessonAsync("市局 通用课程 " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal("Bureau", course.Owner);
        foreach (var town in new[] { "chengxiang", "shaxi" })
        {
            using var employee = await As(town, "employee");
            var seen = await OkAsync<CourseDocument>(await employee.Http.GetAsync($"{Api}/courses/{course.Id}"));
            Assert.False(seen.CanEdit);
            using var townAdmin = await As(town, "townadmin");
            Assert.Equal(HttpStatusCode.Forbidden,
                (await townAdmin.Http.PutAsJsonAsync($"{Api}/courses/{course.Id}", new { title = "改名", concurrencyStamp = seen.ConcurrencyStamp })).StatusCode);
        }
    }

    [Fact]
    public async Task An_enterprise_course_is_seen_by_that_enterprises_staff_only()
    {
        using var manager = await As("chengxiang", "manager");
        var (own, _) = await manager.CourseWithLessonAsync("企业内部 " + Guid.NewGuid().ToString("N")[..6]);
        Assert.Equal("Enterprise", own.Owner);
        Assert.NotNull(own.OwnerUnitId);
        using var townAdmin = await As("chengxiang", "townadmin");
        var enterprises = await townAdmin.GetJsonAsync<PagedDocument<EnterpriseDocument>>("/api/organization/enterprises?pageSize=200");
        var other = enterprises!.Items.First(e => e.Id != own.OwnerUnitId);
        var (foreign, _) = await townAdmin.CourseWithLessonAsync("他企内部 " + Guid.NewGuid().ToString("N")[..6], ownerUnitId: other.Id);

        using var employee = await As("chengxiang", "employee");
        await OkAsync<CourseDocument>(await employee.Http.GetAsync($"{Api}/courses/{own.Id}"));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync($"{Api}/courses/{foreign.Id}")).StatusCode);
        var catalogue = await employee.GetJsonAsync<PagedDocument<CourseRowDocument>>($"{Api}/catalogue?owner=Enterprise&pageSize=200");
        Assert.All(catalogue!.Items, c => Assert.Equal(own.OwnerUnitId, c.OwnerUnitId));
        // An enterprise's manager may not write for another enterprise.
        var problem = await RefusedAsync(await manager.Http.PostAsJsonAsync($"{Api}/courses", new { title = "越权", ownerUnitId = other.Id }));
        Assert.Contains("OwnerUnitId", problem.Errors!.Keys);
    }

    [Fact]
    public async Task Uploads_are_refused_by_content_and_size_with_the_file_named()
    {
        using var author = await As("chengxiang", "townadmin");
        var (course, video) = await author.CourseWithLessonAsync("上传 " + Guid.NewGuid().ToString("N")[..6], kind: "Video", publish: false);
        var script = await RefusedAsync(await author.UploadAsync($"{Api}/courses/{course.Id}/cover", "../../photo.png", "<script>alert(1)</script>"u8.ToArray()));
        Assert.Contains("photo.png", script.Errors!["file"][0], StringComparison.Ordinal);
        Assert.DoesNotContain("..", script.Errors!["file"][0], StringComparison.Ordinal);
        var pdfAsVideo = await RefusedAsync(await author.UploadAsync($"{Api}/lessons/{video.Id}/file", "lesson.mp4", "%PDF-1.4 fake"u8.ToArray()));
        Assert.Contains("lesson.mp4", pdfAsVideo.Errors!["file"][0], StringComparison.Ordinal);
        var huge = new byte[6 * 1024 * 1024];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(huge, 0);
        var tooLarge = await RefusedAsync(await author.UploadAsync($"{Api}/courses/{course.Id}/cover", "big.png", huge));
        Assert.Contains("big.png", tooLarge.Errors!["file"][0], StringComparison.Ordinal);
        var publish = await RefusedAsync(await author.Http.PostAsync($"{Api}/courses/{course.Id}/publish", null));
        Assert.Contains("Chapters", publish.Errors!.Keys);
    }

    [Fact]
    public async Task A_video_is_served_by_byte_ranges()
    {
        using var author = await As("chengxiang", "townadmin");
        var content = FakeMp4(300_000);
        var (_, lesson) = await author.CourseWithLessonAsync("视频 " + Guid.NewGuid().ToString("N")[..6], kind: "Video", videoSeconds: 60, file: content);
        using var employee = await As("chengxiang", "employee");
        using var request = new HttpRequestMessage(HttpMethod.Get, $"{Api}/lessons/{lesson.Id}/media");
        request.Headers.Range = new RangeHeaderValue(100_000, 100_099);
        var response = await employee.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.PartialContent, response.StatusCode);
        Assert.Equal("video/mp4", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal(content[100_000..100_100], await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(300_000, response.Content.Headers.ContentRange?.Length);
        using var shaxi = await As("shaxi", "employee");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Api}/lessons/{lesson.Id}/media")).StatusCode);
    }
}

public sealed class CourseAuthoringTestsOnSqlite(SqlitePortalFactory factory) : CourseAuthoringTests<SqlitePortalFactory>(factory);

public sealed class CourseAuthoringTestsOnMariaDb(MariaDbPortalFactory factory) : CourseAuthoringTests<MariaDbPortalFactory>(factory);

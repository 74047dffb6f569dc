using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Learning;

/// <summary>Course authoring and studying calls the learning tests share.</summary>
public static class LearningClient
{
    public const string Api = "/api/learning";
    private static readonly string[] EmployeesOnly = ["Employee"];

    public static async Task<T> OkAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>())!;
    }

    public static async Task<ProblemDocument> RefusedAsync(HttpResponseMessage response)
    {
        Assert.True(response.StatusCode == HttpStatusCode.BadRequest, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
    }

    public static async Task<CourseDocument> CreateCourseAsync(this PortalClient client, string title, Guid? ownerUnitId = null) =>
        await OkAsync<CourseDocument>(await client.Http.PostAsJsonAsync($"{Api}/courses", new { title, description = "测试课程", ownerUnitId,
            positions = EmployeesOnly }), HttpStatusCode.Created);

    /// <summary>A course with one chapter and one lesson of the kind, published when asked (video/document lessons need a file first).</summary>
    public static async Task<(CourseDocument Course, LessonDocument Lesson)> CourseWithLessonAsync(this PortalClient client, string title,
        string kind = "RichText", int minimumSeconds = 60, decimal hours = 1.5m, int? videoSeconds = null, Guid? ownerUnitId = null, bool publish = true,
        byte[]? file = null)
    {
        var course = await client.CreateCourseAsync(title, ownerUnitId);
        course = await OkAsync<CourseDocument>(await client.Http.PostAsJsonAsync($"{Api}/courses/{course.Id}/chapters", new { title = "第一章" }));
        var lesson = await OkAsync<LessonDocument>(await client.Http.PostAsJsonAsync($"{Api}/chapters/{course.Chapters[0].Id}/lessons",
            new { title = title + " 课时", kind, body = "<p>正文</p>", creditHours = hours, minimumStudySeconds = minimumSeconds, videoSeconds }),
            HttpStatusCode.Created);
        if (file is not null)
        {
            await OkAsync<LessonDocument>(await client.UploadAsync($"{Api}/lessons/{lesson.Id}/file", title + ".bin", file));
        }
        if (publish)
        {
            course = await OkAsync<CourseDocument>(await client.Http.PostAsync($"{Api}/courses/{course.Id}/publish", null));
        }
        return (course, lesson);
    }

    public static async Task<HttpResponseMessage> UploadAsync(this PortalClient client, string url, string fileName, byte[] content)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Learning/Catalogue");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync(url, form);
    }

    public static async Task<SessionDocument> StartAsync(this PortalClient client, Guid lessonId) =>
        await OkAsync<SessionDocument>(await client.Http.PostAsync($"{Api}/lessons/{lessonId}/sessions", null));

    public static async Task<HeartbeatDocument> BeatAsync(this PortalClient client, Guid lessonId, Guid sessionId, DateTime clientTime,
        bool visible = true, bool active = true, bool playing = false, double position = 0) =>
        await OkAsync<HeartbeatDocument>(await client.Http.PostAsJsonAsync($"{Api}/lessons/{lessonId}/heartbeats",
            new { sessionId, clientTime, visible, active, playing, position }));

    /// <summary>Bytes that start like an MP4 (an ftyp box) followed by a counting pattern, so ranges can be checked.</summary>
    public static byte[] FakeMp4(int length)
    {
        var bytes = new byte[length];
        for (var i = 0; i < length; i++)
        {
            bytes[i] = (byte)(i * 7 % 251);
        }
        "\0\0\0\u0018ftypisom"u8.CopyTo(bytes);
        return bytes;
    }
}

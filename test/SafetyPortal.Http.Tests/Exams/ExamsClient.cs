using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.Exams;

/// <summary>Question bank calls the exams tests share.</summary>
public static class ExamsClient
{
    public const string Api = "/api/exams";

    /// <summary>A list of codes (a list, not a constant array, for the analyzers).</summary>
    public static List<string> Codes(params string[] codes) => [.. codes];

    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

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

    public static async Task<CategoryDocument> CreateCategoryAsync(this PortalClient client, string name, Guid? parentId = null) =>
        await OkAsync<CategoryDocument>(await client.Http.PostAsJsonAsync($"{Api}/categories", new { name, parentId }), HttpStatusCode.Created);

    public static object SingleChoice(Guid categoryId, string stem, params string[] tags) => new
    {
        categoryId,
        kind = "SingleChoice",
        stem,
        difficulty = 2,
        options = new object[] { new { text = "对的", isCorrect = true }, new { text = "错的", isCorrect = false } },
        riskCategories = tags,
    };

    public static async Task<QuestionDocument> CreateQuestionAsync(this PortalClient client, object request) =>
        await OkAsync<QuestionDocument>(await client.Http.PostAsJsonAsync($"{Api}/questions", request), HttpStatusCode.Created);

    public static async Task<PagedDocument<QuestionRowDocument>> ListAsync(this PortalClient client, string query) =>
        (await client.GetJsonAsync<PagedDocument<QuestionRowDocument>>($"{Api}/questions?pageSize=200&{query}"))!;

    public static async Task<HttpResponseMessage> ImportAsync(this PortalClient client, string format, string fileName, byte[] content, Guid? categoryId)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Exams/Questions/Import");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"{Api}/questions/import?format={format}&categoryId={categoryId}", form);
    }

    public static async Task<ImportResultDocument> ImportOkAsync(this PortalClient client, string format, string fileName, byte[] content, Guid? categoryId) =>
        await OkAsync<ImportResultDocument>(await client.ImportAsync(format, fileName, content, categoryId));

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Exams", "Fixtures", name));
}

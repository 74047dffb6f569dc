using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Learning;

namespace SafetyPortal.Http.Tests.Exams;

/// <summary>Question bank calls the exams tests share (answer checks and uploads are the learning tests' helpers).</summary>
public static class ExamsClient
{
    public const string Api = "/api/exams";

    /// <summary>A list of codes (a list, not a constant array, for the analyzers).</summary>
    public static List<string> Codes(params string[] codes) => [.. codes];

    public static Task<T> OkAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK) =>
        LearningClient.OkAsync<T>(response, expected);

    public static Task<ProblemDocument> RefusedAsync(HttpResponseMessage response) => LearningClient.RefusedAsync(response);

    public static string Unique(string prefix) => prefix + " " + Guid.NewGuid().ToString("N")[..8];

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

    /// <summary>Uploads the file as the import page's form does (multipart field "file", antiforgery token).</summary>
    public static Task<HttpResponseMessage> ImportAsync(this PortalClient client, string format, string fileName, byte[] content, Guid? categoryId) =>
        LearningClient.UploadAsync(client, $"{Api}/questions/import?format={format}&categoryId={categoryId}", fileName, content);

    public static async Task<ImportResultDocument> ImportOkAsync(this PortalClient client, string format, string fileName, byte[] content, Guid? categoryId) =>
        await OkAsync<ImportResultDocument>(await client.ImportAsync(format, fileName, content, categoryId));

    public static byte[] Fixture(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Exams", "Fixtures", name));
}

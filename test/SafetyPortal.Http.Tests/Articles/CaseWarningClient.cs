using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Learning;

namespace SafetyPortal.Http.Tests.Articles;

/// <summary>Writing, reviewing and reading case-warning articles, as the tests share them.</summary>
public static class CaseWarningClient
{
    public const string Cases = "/api/articles/case-warnings";
    private static readonly string[] TrainingCategory = ["training"];
    private static readonly string[] MachineryIndustry = ["C34"];

    public static string Unique(string title) => title + " " + Guid.NewGuid().ToString("N")[..6];

    public static async Task<CaseWarningDocument> DraftAsync(this PortalClient client, string title, string body = "## 案情回顾\n\n企业补签培训记录。",
        string? issueNumber = null) =>
        await LearningClient.OkAsync<CaseWarningDocument>(await client.Http.PostAsJsonAsync(Cases, new
        {
            title, issueNumber, summary = "测试案例", markdownBody = body, violationType = "未如实记录安全生产教育和培训情况",
            legalBasis = "《安全生产法》第九十七条", penalty = "罚款3万元", riskCategories = TrainingCategory, industries = MachineryIndustry,
        }), HttpStatusCode.Created);

    public static async Task<CaseWarningDocument> StepAsync(this PortalClient client, Guid id, string step, object? body = null) =>
        await LearningClient.OkAsync<CaseWarningDocument>(await client.Http.PostAsJsonAsync($"{Cases}/{id}/{step}", body ?? new { }));

    /// <summary>Drafted and submitted by <paramref name="author"/>, approved by <paramref name="reviewer"/> (now, or at <paramref name="publishAt"/>).</summary>
    public static async Task<CaseWarningDocument> PublishedAsync(PortalClient author, PortalClient reviewer, string title, DateTime? publishAt = null)
    {
        var draft = await author.DraftAsync(title);
        await author.StepAsync(draft.Id, "submit");
        return await reviewer.StepAsync(draft.Id, "approve", new { publishAt });
    }

    public static async Task<List<CaseWarningRowDocument>> ReadingListAsync(this PortalClient client, string query = "") =>
        (await client.GetJsonAsync<PagedDocument<CaseWarningRowDocument>>($"{Cases}?pageSize=200{query}"))!.Items;

    public static async Task<HttpResponseMessage> UploadCoverAsync(this PortalClient client, Guid id, string fileName, byte[] content)
    {
        var token = await client.GetAntiforgeryTokenAsync("/Articles/CaseWarnings");
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        return await client.Http.PostAsync($"{Cases}/{id}/cover", form);
    }

    /// <summary>A PNG signature followed by zeros: an "image" of the given size as far as the first bytes tell.</summary>
    public static byte[] Png(int length)
    {
        var bytes = new byte[length];
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        return bytes;
    }
}

using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Exams.Practice;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Application;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamPractice;

/// <summary>Practice and mistake book calls the practice tests share; responses read into the module's own DTOs.</summary>
public static class PracticeClient
{
    public static Task<HttpResponseMessage> DrawAsync(this PortalClient client, object request) =>
        client.Http.PostAsJsonAsync($"{Api}/practice/draw", request);

    public static Task<HttpResponseMessage> PractiseAsync(this PortalClient client, Guid questionId, params string[] answer) =>
        client.Http.PostAsJsonAsync($"{Api}/practice/questions/{questionId}/answer", new { answer });

    public static async Task<PracticeResultDto> PractiseOkAsync(this PortalClient client, Guid questionId, params string[] answer) =>
        await OkAsync<PracticeResultDto>(await client.PractiseAsync(questionId, answer));

    public static async Task<PagedResult<MistakeDto>> MistakesAsync(this PortalClient client, string query = "") =>
        await OkAsync<PagedResult<MistakeDto>>(await client.Http.GetAsync($"{Api}/mistakes?pageSize=200&{query}"));

    public static async Task<MistakeDto?> MistakeAsync(this PortalClient client, Guid questionId) =>
        (await client.MistakesAsync()).Items.FirstOrDefault(m => m.QuestionId == questionId);

    /// <summary>The 400's field names.</summary>
    public static async Task<IReadOnlyCollection<string>> RefusedFieldsAsync(HttpResponseMessage response)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
        return problem.Errors!.Keys;
    }
}

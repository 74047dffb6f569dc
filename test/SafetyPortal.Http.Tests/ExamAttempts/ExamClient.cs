using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Serialization;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Http.Tests.Infrastructure;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>Question bank, paper, exam and attempt calls the exam tests share; responses read into the module's own DTOs.</summary>
public static class ExamClient
{
    public const string Api = "/api/exams";
    public static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { Converters = { new JsonStringEnumConverter() } };

    public static async Task<T> OkAsync<T>(HttpResponseMessage response, HttpStatusCode expected = HttpStatusCode.OK)
    {
        Assert.True(response.StatusCode == expected, $"{(int)response.StatusCode}: {await response.Content.ReadAsStringAsync()}");
        return (await response.Content.ReadFromJsonAsync<T>(Json))!;
    }

    public static async Task<Guid> CategoryAsync(this PortalClient client, string name)
    {
        var response = await client.Http.PostAsJsonAsync($"{Api}/categories", new { name });
        return (await OkAsync<JsonElement>(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static async Task<Guid> QuestionAsync(this PortalClient client, Guid categoryId, object body)
    {
        var response = await client.Http.PostAsJsonAsync($"{Api}/questions", body);
        return (await OkAsync<JsonElement>(response, HttpStatusCode.Created)).GetProperty("id").GetGuid();
    }

    public static object SingleChoice(Guid categoryId, string stem, int correct = 1, string? riskCategory = null) => new
    {
        categoryId, kind = "SingleChoice", stem, explanation = "<p>解析</p>",
        options = Enumerable.Range(0, 3).Select(i => new { text = $"选项{i}", isCorrect = i == correct }).ToArray(),
        riskCategories = riskCategory is null ? Array.Empty<string>() : [riskCategory],
    };

    public static object Multiple(Guid categoryId, string stem) => new
    {
        categoryId, kind = "MultipleChoice", stem,
        options = new[] { new { text = "甲", isCorrect = true }, new { text = "乙", isCorrect = false }, new { text = "丙", isCorrect = true } },
    };

    public static object Blank(Guid categoryId, string stem) => new
    {
        categoryId, kind = "FillInBlank", stem, blanks = new[] { new { acceptedAnswers = new[] { "通风" } } },
    };

    public static async Task<PaperDto> PaperAsync(this PortalClient client, object body) =>
        await OkAsync<PaperDto>(await client.Http.PostAsJsonAsync($"{Api}/papers", body, Json), HttpStatusCode.Created);

    /// <summary>A published exam of the paper, open from an hour ago by the exam clock.</summary>
    public static async Task<ExamDto> PublishedExamAsync(this PortalClient client, Guid paperId, DateTime now, int minutes = 30,
        ReviewPolicy review = ReviewPolicy.Immediately, int? leavePageLimit = null, int attempts = 1)
    {
        var exam = await OkAsync<ExamDto>(await client.Http.PostAsJsonAsync($"{Api}/exams", new SaveExamRequest(
            "安全知识考试", paperId, now.AddHours(-1), now.AddDays(1), minutes, 3, attempts, ReviewPolicy: review, ShowCorrectAnswers: true,
            LeavePageLimit: leavePageLimit), Json), HttpStatusCode.Created);
        return await OkAsync<ExamDto>(await client.Http.PostAsync($"{Api}/exams/{exam.Id}/publish", null));
    }

    /// <summary>A published exam of three questions (single "B" 1 point, multiple "A,C" 2 points, blank "通风" 3 points), pass mark 3.</summary>
    public static async Task<(Guid ExamId, Guid[] QuestionIds)> ThreeQuestionExamAsync(this PortalClient admin, DateTime now, int minutes = 30,
        int? leavePageLimit = null)
    {
        var category = await admin.CategoryAsync($"考试 {Guid.NewGuid():N}");
        Guid[] questions =
        [
            await admin.QuestionAsync(category, SingleChoice(category, $"<p>有限空间作业前应当？{Guid.NewGuid():N}</p>")),
            await admin.QuestionAsync(category, Multiple(category, $"<p>哪些属于个人防护用品？{Guid.NewGuid():N}</p>")),
            await admin.QuestionAsync(category, Blank(category, $"<p>进入有限空间前先____。{Guid.NewGuid():N}</p>")),
        ];
        var paper = await admin.PaperAsync(new
        {
            title = "固定试卷", kind = "Fixed",
            questions = questions.Select((id, i) => new { questionId = id, points = i + 1 }).ToArray(),
        });
        var exam = await admin.PublishedExamAsync(paper.Id, now, minutes, leavePageLimit: leavePageLimit);
        return (exam.Id, questions);
    }

    public static async Task<HttpResponseMessage> StartAsync(this PortalClient client, Guid examId) =>
        await client.Http.PostAsync($"{Api}/exams/{examId}/attempts", null);

    public static Task<HttpResponseMessage> AnswerAsync(this PortalClient client, Guid attemptId, int no, long sequence, params string[] answer) =>
        client.Http.PutAsJsonAsync($"{Api}/attempts/{attemptId}/answers/{no}", new { answer, sequence });

    public static async Task<AttemptDto> AttemptAsync(this PortalClient client, Guid attemptId) =>
        await OkAsync<AttemptDto>(await client.Http.GetAsync($"{Api}/attempts/{attemptId}"));
}

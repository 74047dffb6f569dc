using System.Text.Json;
using Microsoft.Playwright;
using SafetyPortal.Browser.Tests.Infrastructure;

namespace SafetyPortal.Browser.Tests.Exams;

/// <summary>A short published exam of 城厢镇 made through the API as its town admin: two single-choice questions and a blank.</summary>
internal static class ExamSetup
{
    private static readonly string[] Ventilate = ["通风"];

    public static async Task<string> ShortExamAsync(BrowserFixture fixture, string title)
    {
        await using var context = await fixture.NewContextAsync();
        var page = await context.NewPageAsync();
        await new LoginPage(page).SignInAsync("城厢镇", "townadmin");
        var category = await PostAsync(page, "/api/exams/categories", new { name = "浏览器考试 " + Guid.NewGuid().ToString("N")[..8] });
        var questions = new List<string>();
        for (var i = 0; i < 2; i++)
        {
            questions.Add(await PostAsync(page, "/api/exams/questions", new
            {
                categoryId = category, kind = "SingleChoice", stem = $"<p>第{i + 1}题 {Guid.NewGuid():N}</p>",
                options = new[] { new { text = "对的", isCorrect = true }, new { text = "错的", isCorrect = false } },
            }));
        }
        questions.Add(await PostAsync(page, "/api/exams/questions", new
        {
            categoryId = category, kind = "FillInBlank", stem = $"<p>进入有限空间前先____。{Guid.NewGuid():N}</p>",
            blanks = new[] { new { acceptedAnswers = Ventilate } },
        }));
        var paper = await PostAsync(page, "/api/exams/papers", new
        {
            title, kind = "Fixed", questions = questions.Select(q => new { questionId = q, points = 10 }).ToArray(),
        });
        var exam = await PostAsync(page, "/api/exams/exams", new
        {
            title, paperId = paper, opensAt = DateTime.UtcNow.AddHours(-1), closesAt = DateTime.UtcNow.AddDays(1), durationMinutes = 30,
            passMark = 20, reviewPolicy = "Immediately", showCorrectAnswers = true,
        });
        var published = await page.APIRequest.PostAsync($"/api/exams/exams/{exam}/publish");
        Assert.True(published.Ok, await published.TextAsync());
        return exam;
    }

    private static async Task<string> PostAsync(IPage page, string url, object body)
    {
        var response = await page.APIRequest.PostAsync(url, new() { DataObject = body });
        Assert.True(response.Ok, $"{url}: {response.Status} {await response.TextAsync()}");
        using var json = JsonDocument.Parse(await response.TextAsync());
        return json.RootElement.GetProperty("id").GetString()!;
    }
}

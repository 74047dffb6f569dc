using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Application;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>试卷管理 pages: the list, the editor of fixed and rule-based papers, and the rule check against the bank.</summary>
public abstract class PaperPageTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";
    private const string Editor = "/Exams/Papers/Edit";

    private Task<PortalClient> SignedInAsync(string userName = "townadmin") => factory.CreatePortalClient().SignedInAsync(Town, userName);

    private static async Task<HttpResponseMessage> PostAsync(PortalClient client, string url, params (string Key, string Value)[] fields)
    {
        var token = await client.GetAntiforgeryTokenAsync(Editor);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Key, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.Http.PostAsync(url, new FormUrlEncodedContent(form));
    }

    [Fact]
    public async Task The_paper_list_renders_searches_and_says_when_nothing_matches()
    {
        using var admin = await SignedInAsync();
        var title = $"固定试卷 {Guid.NewGuid():N}";
        var category = await admin.CategoryAsync($"试卷页 {Guid.NewGuid():N}");
        var question = await admin.QuestionAsync(category, SingleChoice(category, $"<p>列表 {Guid.NewGuid():N}</p>"));
        await admin.PaperAsync(new { title, kind = "Fixed", questions = new[] { new { questionId = question, points = 2 } } });

        var list = await admin.Http.GetStringAsync($"/Exams/Papers?search={Uri.EscapeDataString(title)}");
        Assert.Contains(title, list, StringComparison.Ordinal);
        Assert.Contains("new-paper", list, StringComparison.Ordinal);
        Assert.Contains("papers-empty", await admin.Http.GetStringAsync($"/Exams/Papers?search={Guid.NewGuid():N}"), StringComparison.Ordinal);
        Assert.Contains("/Exams/Papers", await admin.Http.GetStringAsync("/Exams/Manage"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_fixed_paper_is_built_by_searching_the_bank_and_saved_from_the_page()
    {
        using var admin = await SignedInAsync();
        var category = await admin.CategoryAsync($"试卷页 {Guid.NewGuid():N}");
        var marker = Guid.NewGuid().ToString("N");
        var question = await admin.QuestionAsync(category, SingleChoice(category, $"<p>选题 {marker}</p>"));
        Assert.Equal(HttpStatusCode.OK, (await admin.Http.GetAsync(Editor)).StatusCode);

        var found = await PostAsync(admin, Editor + "?handler=Search", ("Form.Kind", "Fixed"), ("QuestionSearch", marker));
        var html = await found.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, found.StatusCode);
        Assert.Contains(marker, html, StringComparison.Ordinal);
        var added = await (await PostAsync(admin, Editor + "?handler=Add", ("Form.Kind", "Fixed"), ("QuestionSearch", marker),
            ("questionId", question.ToString()))).Content.ReadAsStringAsync();
        Assert.Contains($"data-chosen=\"{question}\"", added, StringComparison.Ordinal);

        var title = $"页面试卷 {marker}";
        var saved = await PostAsync(admin, Editor, ("Form.Title", title), ("Form.Kind", "Fixed"),
            ("Form.Questions[0].QuestionId", question.ToString()), ("Form.Questions[0].Points", "4"));
        Assert.Equal(HttpStatusCode.Redirect, saved.StatusCode);
        var papers = await OkAsync<PagedResult<PaperDto>>(await admin.Http.GetAsync($"{Api}/papers?search={marker}"));
        var paper = Assert.Single(papers.Items);
        Assert.Equal(4, paper.TotalPoints);
        Assert.Contains(marker, await admin.Http.GetStringAsync($"{Editor}/{paper.Id}"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_rule_the_bank_cannot_satisfy_is_shown_beside_the_rule_and_nothing_is_saved()
    {
        using var admin = await SignedInAsync();
        var category = await admin.CategoryAsync($"规则页 {Guid.NewGuid():N}");
        await admin.QuestionAsync(category, SingleChoice(category, $"<p>一 {Guid.NewGuid():N}</p>"));
        await admin.QuestionAsync(category, SingleChoice(category, $"<p>二 {Guid.NewGuid():N}</p>"));
        var title = $"规则试卷 {Guid.NewGuid():N}";
        (string, string)[] Rule(int count) =>
        [
            ("Form.Title", title), ("Form.Kind", "Rules"), ("Form.Rules[0].CategoryId", category.ToString()),
            ("Form.Rules[0].Count", count.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("Form.Rules[0].Points", "2"),
        ];

        var checkedPage = await (await PostAsync(admin, Editor + "?handler=Check", Rule(3))).Content.ReadAsStringAsync();
        Assert.Contains("data-check=\"short\"", checkedPage, StringComparison.Ordinal);
        var refused = await PostAsync(admin, Editor, Rule(3));
        Assert.Equal(HttpStatusCode.OK, refused.StatusCode);
        Assert.Contains("data-rule-error", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Empty((await OkAsync<PagedResult<PaperDto>>(
            await admin.Http.GetAsync($"{Api}/papers?search={Uri.EscapeDataString(title)}"))).Items);

        var checks = await OkAsync<List<RuleCheckDto>>(await admin.Http.PostAsJsonAsync($"{Api}/papers/check-rules",
            new[] { new { categoryId = category, count = 2, points = 1 }, new { categoryId = category, count = 1, points = 1 } }));
        Assert.All(checks, c => Assert.Equal(2, c.Matching));
        Assert.Single(checks, c => !c.Satisfied);

        Assert.Equal(HttpStatusCode.Redirect, (await PostAsync(admin, Editor, Rule(2))).StatusCode);
    }
}

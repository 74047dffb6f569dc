using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>Rule-based papers as a candidate meets them: a rule the bank cannot satisfy is refused, a personalised rule draws from the candidate's enterprise.</summary>
public abstract class ExamPaperRuleTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";

    private Task<PortalClient> SignedInAsync(string userName) => factory.CreatePortalClient().SignedInAsync(Town, userName);

    [Fact]
    public async Task A_rule_the_bank_cannot_satisfy_is_refused_naming_the_rule()
    {
        using var admin = await SignedInAsync("townadmin");
        var category = await admin.CategoryAsync($"规则 {Guid.NewGuid():N}");
        await admin.QuestionAsync(category, SingleChoice(category, $"<p>一 {Guid.NewGuid():N}</p>"));
        await admin.QuestionAsync(category, SingleChoice(category, $"<p>二 {Guid.NewGuid():N}</p>"));
        var response = await admin.Http.PostAsJsonAsync($"{Api}/papers", new
        {
            title = "随机试卷", kind = "Rules",
            rules = new object[] { new { categoryId = category, count = 2, points = 2 }, new { categoryId = category, kind = "SingleChoice", count = 1, points = 2 } },
        });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
        Assert.Contains(problem.Errors!.Keys, k => k.StartsWith("rules[", StringComparison.Ordinal));

        var drawable = await admin.PaperAsync(new { title = "随机试卷", kind = "Rules", rules = new[] { new { categoryId = category, count = 2, points = 5 } } });
        Assert.Equal(10, drawable.TotalPoints);
    }

    [Fact]
    public async Task A_personalised_rule_draws_from_the_risk_categories_of_the_candidates_enterprise_register()
    {
        using var admin = await SignedInAsync("townadmin");
        var category = await admin.CategoryAsync($"个性化 {Guid.NewGuid():N}");
        var stem = $"<p>起重机械作业 {Guid.NewGuid():N}</p>";
        // The demo enterprise's register has risk points of category PM-001 (modules/Risks/Seeding/demo-risks.json).
        await admin.QuestionAsync(category, SingleChoice(category, stem, riskCategory: "PM-001"));
        for (var i = 0; i < 3; i++)
        {
            await admin.QuestionAsync(category, SingleChoice(category, $"<p>通用 {i} {Guid.NewGuid():N}</p>", riskCategory: "ZZ-999"));
        }
        var paper = await admin.PaperAsync(new
        {
            title = "个性化试卷", kind = "Rules", rules = new[] { new { categoryId = category, count = 1, points = 5, personalised = true } },
        });
        Assert.True(paper.Rules[0].Personalised);
        var exam = await admin.PublishedExamAsync(paper.Id, factory.Clock.UtcNow);

        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(exam.Id), HttpStatusCode.Created);
        Assert.Contains("起重机械作业", Assert.Single(attempt.Questions).Stem, StringComparison.Ordinal);
    }
}

using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.Application;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>成绩统计: distribution, pass rates by enterprise and position, item statistics, and who has not passed.</summary>
public abstract class ExamResultsTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";

    private Task<PortalClient> SignedInAsync(string userName) => factory.CreatePortalClient().SignedInAsync(Town, userName);

    /// <summary>The three-question exam (pass mark 3 of 6): 吴芳 (employee) answers all right, 赵敏 (principal) only the first; 周涛 (manager) never starts.</summary>
    private async Task<Guid> SatExamAsync()
    {
        Guid examId;
        using (var admin = await SignedInAsync("townadmin"))
        {
            (examId, _) = await admin.ThreeQuestionExamAsync(factory.Clock.UtcNow);
        }
        using (var employee = await SignedInAsync("employee"))
        {
            var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
            await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, "B"));
            await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 2, 2, "A", "C"));
            await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 3, 3, "通风"));
            await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        }
        using (var principal = await SignedInAsync("principal"))
        {
            var attempt = await OkAsync<AttemptDto>(await principal.StartAsync(examId), HttpStatusCode.Created);
            await OkAsync<SaveAnswerResultDto>(await principal.AnswerAsync(attempt.Id, 1, 1, "B"));
            await OkAsync<SaveAnswerResultDto>(await principal.AnswerAsync(attempt.Id, 3, 2, "排水"));
            await OkAsync<AttemptDto>(await principal.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        }
        return examId;
    }

    [Fact]
    public async Task The_town_sees_the_score_distribution_and_pass_rates_by_enterprise_and_position()
    {
        var examId = await SatExamAsync();
        using var admin = await SignedInAsync("townadmin");
        var statistics = (await admin.Http.GetFromJsonAsync<ExamStatisticsDto>($"{Api}/results/{examId}", Json))!;

        Assert.Equal((2, 2, 1, 50m), (statistics.Candidates, statistics.Attempts, statistics.Passed, statistics.PassRate));
        Assert.Equal((3.5m, 6m), (statistics.MeanGrade, statistics.MaxScore));
        // 1 of 6 falls in 10–20 %, 6 of 6 in the last bucket.
        Assert.Equal(1, statistics.Distribution.Single(b => b.FromPercent == 10).Candidates);
        Assert.Equal(1, statistics.Distribution.Single(b => b.FromPercent == 90).Candidates);
        Assert.Equal(2, statistics.Distribution.Sum(b => b.Candidates));
        var enterprise = Assert.Single(statistics.ByEnterprise);
        Assert.Equal(("城厢精密机械有限公司", 2, 1), (enterprise.Name, enterprise.Candidates, enterprise.Passed));
        Assert.Equal(0m, statistics.ByPosition.Single(p => p.Name == "总经理").PassRate);
        Assert.Equal(100m, statistics.ByPosition.Single(p => p.Name == "数控车工").PassRate);
        Assert.Empty(statistics.ByTown);
    }

    [Fact]
    public async Task Item_statistics_give_each_question_its_facility_and_discrimination_over_first_attempts()
    {
        var examId = await SatExamAsync();
        using var admin = await SignedInAsync("townadmin");
        var questions = (await admin.Http.GetFromJsonAsync<List<QuestionStatisticsDto>>($"{Api}/results/{examId}/questions", Json))!;

        Assert.Equal(3, questions.Count);
        var single = questions.Single(q => q.Stem.StartsWith("有限空间作业前应当", StringComparison.Ordinal));
        // Everyone got it right: facility 100, and a question that never varies cannot discriminate.
        Assert.Equal((2, 100m, (decimal?)null), (single.Attempts, single.FacilityIndex, single.DiscriminationIndex));
        var multiple = questions.Single(q => q.Stem.StartsWith("哪些属于个人防护用品", StringComparison.Ordinal));
        // Only the stronger candidate got it: half the points on average, perfectly in line with the rest of the attempt.
        Assert.Equal((50m, (decimal?)100m), (multiple.FacilityIndex, multiple.DiscriminationIndex));
        Assert.Equal(single, questions[^1]);

        var export = await admin.Http.GetAsync($"{Api}/results/{examId}/questions/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
    }

    [Fact]
    public async Task The_safety_manager_sees_who_of_the_enterprise_has_not_passed_and_can_export_it()
    {
        var examId = await SatExamAsync();
        using var manager = await SignedInAsync("manager");
        var notPassed = (await manager.Http.GetFromJsonAsync<PagedResult<ExamPersonDto>>($"{Api}/results/{examId}/people", Json))!;

        Assert.Contains(notPassed.Items, p => p is { Name: "赵敏", State: ExamPersonState.Failed, Grade: 1m, Position: "总经理" });
        Assert.Contains(notPassed.Items, p => p is { Name: "周涛", State: ExamPersonState.NotStarted, Grade: null });
        Assert.DoesNotContain(notPassed.Items, p => p.Name == "吴芳");
        var passed = (await manager.Http.GetFromJsonAsync<PagedResult<ExamPersonDto>>($"{Api}/results/{examId}/people?state=Passed", Json))!;
        Assert.Equal("吴芳", Assert.Single(passed.Items).Name);
        var searched = (await manager.Http.GetFromJsonAsync<PagedResult<ExamPersonDto>>($"{Api}/results/{examId}/people?search=周", Json))!;
        Assert.Equal("周涛", Assert.Single(searched.Items).Name);

        var export = await manager.Http.GetAsync($"{Api}/results/{examId}/people/export");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        var rows = (await export.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Contains(rows, r => r.Values.Contains("赵敏"));
        Assert.DoesNotContain(rows, r => r.Values.Contains("吴芳"));
    }

    [Fact]
    public async Task Employees_cannot_read_results_and_the_bureau_cannot_list_a_towns_people()
    {
        var examId = await SatExamAsync();
        using var employee = await SignedInAsync("employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync($"{Api}/results/{examId}")).StatusCode);

        using var other = await factory.CreatePortalClient().SignedInAsync("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await other.Http.GetAsync($"{Api}/results/{examId}")).StatusCode);
    }

    [Fact]
    public async Task The_results_pages_show_the_pass_rate_and_the_list_of_people_not_passed()
    {
        var examId = await SatExamAsync();
        using var manager = await SignedInAsync("manager");
        var list = await manager.Http.GetStringAsync("/Exams/Results");
        Assert.Contains(examId.ToString(), list, StringComparison.Ordinal);
        var page = await manager.Http.GetStringAsync($"/Exams/Results/Exam/{examId}");
        Assert.Contains("50%", page, StringComparison.Ordinal);
        var people = await manager.Http.GetStringAsync($"/Exams/Results/People/{examId}");
        Assert.Contains("赵敏", people, StringComparison.Ordinal);
        Assert.DoesNotContain("吴芳", people, StringComparison.Ordinal);
    }
}

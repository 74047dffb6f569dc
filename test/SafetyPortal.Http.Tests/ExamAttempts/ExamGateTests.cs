using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.LearningPlans;
using SafetyPortal.Platform.Application;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>先培训后考试 (an exam after a training plan) and the leave-page log managers read.</summary>
public abstract class ExamGateTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";

    private Task<PortalClient> SignedInAsync(string userName, string town = Town) => factory.CreatePortalClient().SignedInAsync(town, userName);

    private async Task<(Guid CourseId, PlanDocument Plan)> PlanAsync(PortalClient admin, string title)
    {
        var courseId = await new TrainingData(factory).AddCourseAsync(Town, $"课程 {Guid.NewGuid():N}");
        var now = DateTime.UtcNow;
        var plan = await TrainingApi.CreatePublishedAsync(admin,
            TrainingApi.PlanOf(title, courseId, hours: 2, start: now.AddDays(-30), end: now.AddDays(60), deadline: now.AddDays(30)));
        return (courseId, plan);
    }

    private async Task<ExamDto> ExamAfterPlanAsync(PortalClient admin, Guid? planId)
    {
        var (examId, _) = await admin.ThreeQuestionExamAsync(factory.Clock.UtcNow);
        var exam = await OkAsync<ExamDto>(await admin.Http.GetAsync($"{Api}/exams/{examId}"));
        var saved = await admin.Http.PutAsJsonAsync($"{Api}/exams/{examId}", new SaveExamRequest(exam.Title, exam.PaperId, exam.OpensAt, exam.ClosesAt,
            exam.DurationMinutes, exam.PassMark, ReviewPolicy: ReviewPolicy.Immediately, ConcurrencyStamp: exam.ConcurrencyStamp, RequiredPlanId: planId), Json);
        var updated = await OkAsync<ExamDto>(saved);
        Assert.Equal(planId, updated.RequiredPlanId);
        return updated;
    }

    [Fact]
    public async Task An_exam_requiring_an_unknown_training_plan_is_refused_naming_the_field()
    {
        using var admin = await SignedInAsync("townadmin");
        var (examId, _) = await admin.ThreeQuestionExamAsync(factory.Clock.UtcNow);
        var exam = await OkAsync<ExamDto>(await admin.Http.GetAsync($"{Api}/exams/{examId}"));
        var response = await admin.Http.PutAsJsonAsync($"{Api}/exams/{examId}", new SaveExamRequest(exam.Title, exam.PaperId, exam.OpensAt, exam.ClosesAt,
            30, 3, ConcurrencyStamp: exam.ConcurrencyStamp, RequiredPlanId: Guid.NewGuid()), Json);
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
        Assert.Contains(problem.Errors!.Keys, k => k.Equals("RequiredPlanId", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task A_plan_gated_exam_is_locked_with_the_reason_until_the_candidate_completes_the_plan()
    {
        using var admin = await SignedInAsync("townadmin");
        var title = $"先培训 {Guid.NewGuid():N}";
        var (courseId, plan) = await PlanAsync(admin, title);
        var exam = await ExamAfterPlanAsync(admin, plan.Id);

        using var employee = await SignedInAsync("employee");
        var mine = Assert.Single(await OkAsync<List<MyExamDto>>(await employee.Http.GetAsync($"{Api}/my")), e => e.ExamId == exam.Id);
        Assert.False(mine.CanStart);
        Assert.Contains(title, mine.LockedReason, StringComparison.Ordinal);
        var refused = await employee.StartAsync(exam.Id);
        Assert.Equal(HttpStatusCode.Conflict, refused.StatusCode);
        Assert.Contains(title, (await refused.Content.ReadFromJsonAsync<ProblemDocument>())!.Detail, StringComparison.Ordinal);
        var page = await employee.Http.GetStringAsync("/Exams/My");
        Assert.Contains("data-locked", page, StringComparison.Ordinal);

        await new TrainingData(factory).EarnAsync(Town, "employee", courseId, 2, DateTime.UtcNow.AddMinutes(-5));
        mine = Assert.Single(await OkAsync<List<MyExamDto>>(await employee.Http.GetAsync($"{Api}/my")), e => e.ExamId == exam.Id);
        Assert.True(mine.CanStart);
        Assert.Null(mine.LockedReason);
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(exam.Id), HttpStatusCode.Created);
        Assert.Equal(3, attempt.Questions.Count);

        var employeeId = await new TrainingData(factory).UserIdAsync(Town, "employee");
        var people = await OkAsync<PagedResult<ExamPersonDto>>(await admin.Http.GetAsync($"{Api}/results/{exam.Id}/people?all=true&pageSize=200"));
        Assert.True(Assert.Single(people.Items, p => p.UserId == employeeId).PlanCompleted);
        Assert.Contains(people.Items, p => p.PlanCompleted == false);
    }

    [Fact]
    public async Task Leaving_the_page_is_logged_per_event_and_listed_for_managers()
    {
        using var admin = await SignedInAsync("townadmin");
        var (examId, _) = await admin.ThreeQuestionExamAsync(factory.Clock.UtcNow);
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        var deviceTime = factory.Clock.UtcNow.AddSeconds(-3);
        await OkAsync<AttemptDto>(await employee.Http.PostAsJsonAsync($"{Api}/attempts/{attempt.Id}/events", new { kind = "hidden", clientTime = deviceTime }));
        await OkAsync<AttemptDto>(await employee.Http.PostAsJsonAsync($"{Api}/attempts/{attempt.Id}/events", new { kind = "visible" }));
        await OkAsync<AttemptDto>(await employee.Http.PostAsJsonAsync($"{Api}/attempts/{attempt.Id}/events", new { kind = "focus" }));

        var log = await OkAsync<PagedResult<LeavePageEventDto>>(await admin.Http.GetAsync($"{Api}/results/{examId}/leave-page?attemptId={attempt.Id}"));
        Assert.Equal(2, log.TotalCount);
        Assert.All(log.Items, e => Assert.Equal(1, e.LeavePageCount));
        var hidden = Assert.Single(log.Items, e => e.Kind == LeavePageEventKind.Hidden);
        Assert.Equal(deviceTime, hidden.ClientTime!.Value, TimeSpan.FromMilliseconds(1));
        Assert.Null(Assert.Single(log.Items, e => e.Kind == LeavePageEventKind.Visible).ClientTime);
        Assert.All(log.Items, e => Assert.Equal(attempt.Id, e.AttemptId));

        var html = await admin.Http.GetStringAsync($"/Exams/Results/LeavePage/{examId}");
        Assert.Contains("data-testid=\"leave-page\"", html, StringComparison.Ordinal);
        Assert.Contains("leave-page-link", await admin.Http.GetStringAsync($"/Exams/Results/Exam/{examId}"), StringComparison.Ordinal);

        using var otherTown = await SignedInAsync("townadmin", "shaxi");
        Assert.Equal(HttpStatusCode.NotFound, (await otherTown.Http.GetAsync($"{Api}/results/{examId}/leave-page")).StatusCode);
    }
}

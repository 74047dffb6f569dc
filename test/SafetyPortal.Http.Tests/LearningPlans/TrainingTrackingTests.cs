using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Notifications;
using static SafetyPortal.Http.Tests.LearningPlans.TrainingApi;

namespace SafetyPortal.Http.Tests.LearningPlans;

/// <summary>
/// 培训跟踪 against a known small data set: the demo enterprise's three staff on one plan of 2 hours that ended in 2025,
/// the employee with 2 hours (complete), the principal with 1 (overdue), the manager with none (overdue).
/// </summary>
public abstract class TrainingTrackingTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private const string Tracking = "/api/learning/tracking";
    private readonly TrainingData _data = new(factory);

    private Task<PortalClient> SignedInAsync(string? town, string userName) => factory.CreatePortalClient().SignedInAsync(town, userName);

    private async Task<(PortalClient Manager, Guid Enterprise, PlanDocument Plan, Guid Course)> KnownDataAsync()
    {
        var manager = await SignedInAsync(Town, "manager");
        var enterprise = await EnterpriseIdAsync(manager, DemoEnterprise);
        var course = await _data.AddCourseAsync(Town, "Year-end course");
        var plan = await CreatePublishedAsync(manager, PlanOf("2025 refresher", course, start: new DateTime(2025, 1, 1, 0, 0, 0, DateTimeKind.Utc),
            end: new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc), deadline: new DateTime(2025, 12, 1, 0, 0, 0, DateTimeKind.Utc)));
        await _data.EarnAsync(Town, "employee", course, 2, new DateTime(2025, 5, 1, 2, 0, 0, DateTimeKind.Utc));
        await _data.EarnAsync(Town, "principal", course, 1, new DateTime(2025, 6, 1, 2, 0, 0, DateTimeKind.Utc));
        // Outside the period: does not count.
        await _data.EarnAsync(Town, "manager", course, 5, new DateTime(2026, 2, 1, 2, 0, 0, DateTimeKind.Utc));
        Assert.Equal(HttpStatusCode.OK, (await manager.Http.PostAsync($"{Plans}/{plan.Id}/enrol", null)).StatusCode);
        return (manager, enterprise, plan, course);
    }

    [Fact]
    public async Task The_enterprise_dashboard_counts_completion_overdue_and_hours_by_unit_group_and_plan()
    {
        var (manager, enterprise, plan, _) = await KnownDataAsync();
        using var _ = manager;
        var dashboard = await manager.GetJsonAsync<DashboardDocument>($"{Tracking}/enterprises/{enterprise}?planId={plan.Id}");

        Assert.Equal((3, 3, 1, 2, 3m, 6m), (dashboard!.Total.People, dashboard.Total.Enrolled, dashboard.Total.Completed, dashboard.Total.Overdue,
            dashboard.Total.HoursEarned, dashboard.Total.HoursRequired));
        Assert.Equal(33.3m, dashboard.Total.CompletionRate);
        var groups = dashboard.ByAudience.ToDictionary(a => a.Key, a => (a.Enrolled, a.Completed));
        Assert.Equal((1, 1), groups["Frontline"]);
        Assert.Equal((1, 0), groups["Principal"]);
        Assert.Equal((1, 0), groups["SafetyManager"]);
        var workshop = Assert.Single(dashboard.ByUnit, u => u.Name == "机加工车间");
        Assert.Equal((1, 1), (workshop.Enrolled, workshop.Completed));
        Assert.Equal(3, Assert.Single(dashboard.ByPlan).Enrolled);

        // Every number has its people: the overdue ones are the principal and the manager.
        var overdue = await PeopleAsync(manager, plan.Id, "&state=Overdue");
        Assert.Equal(2, overdue.Count);
        Assert.All(overdue, p => Assert.True(p.Overdue));
        var completed = Assert.Single(await PeopleAsync(manager, plan.Id, "&state=Completed"));
        Assert.Equal(await _data.UserIdAsync(Town, "employee"), completed.UserId);
        Assert.Equal(2m, completed.HoursEarned);
        Assert.Single(await PeopleAsync(manager, plan.Id, $"&unitId={workshop.Id}"));
    }

    [Fact]
    public async Task Reminders_are_recorded_once_an_hour_and_the_people_list_exports_to_excel()
    {
        var (manager, enterprise, plan, _) = await KnownDataAsync();
        using var _ = manager;
        var first = await (await manager.Http.PostAsJsonAsync($"{Tracking}/remind", new { enterpriseId = enterprise, planId = plan.Id, overdueOnly = true }))
            .Content.ReadFromJsonAsync<RemindResultDocument>();
        Assert.Equal((2, 0, true), (first!.Reminded, first.SkippedRecentlyReminded, first.Notified));
        using (var principal = await SignedInAsync(Town, "principal"))
        {
            Assert.Single(await principal.NoticesAsync("kind=Learning.PlanReminder"));
        }
        var second = await (await manager.Http.PostAsJsonAsync($"{Tracking}/remind", new { enterpriseId = enterprise, planId = plan.Id, overdueOnly = true }))
            .Content.ReadFromJsonAsync<RemindResultDocument>();
        Assert.Equal((0, 2), (second!.Reminded, second.SkippedRecentlyReminded));
        var people = await PeopleAsync(manager, plan.Id);
        Assert.Equal(2, people.Count(p => p.ReminderCount == 1 && p.LastRemindedTime is not null));
        Assert.Single(people, p => p.ReminderCount == 0);

        using var employee = await SignedInAsync(Town, "employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.PostAsJsonAsync($"{Tracking}/remind", new { enterpriseId = enterprise })).StatusCode);

        var export = await manager.Http.GetAsync($"{Tracking}/people/export?planId={plan.Id}");
        Assert.Equal(HttpStatusCode.OK, export.StatusCode);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(3, rows.Count);
        Assert.Equal(2, rows.Count(r => Equals(r["状态"], "已逾期")));
    }

    [Fact]
    public async Task Town_and_bureau_see_coverage_and_the_learner_sees_own_plans_and_compliance()
    {
        var (manager, enterprise, plan, _) = await KnownDataAsync();
        using var _ = manager;
        using var town = await SignedInAsync(Town, "townadmin");
        var coverage = await town.GetJsonAsync<List<CompletionRowDocument>>($"{Tracking}/town?planId={plan.Id}");
        var row = Assert.Single(coverage!);
        Assert.Equal((enterprise, 3, 1), (row.Id!.Value, row.Enrolled, row.Completed));

        using var bureau = await SignedInAsync(null, "admin");
        var towns = await bureau.GetJsonAsync<List<CompletionRowDocument>>($"{Tracking}/bureau?planId={plan.Id}");
        var chengxiang = Assert.Single(towns!);
        Assert.Equal((3, 1, 2), (chengxiang.Enrolled, chengxiang.Completed, chengxiang.Overdue));
        Assert.Equal(3, (await bureau.GetJsonAsync<PagedDocument<PersonRowDocument>>($"{Tracking}/people?planId={plan.Id}&townId={chengxiang.Id}"))!.TotalCount);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Http.GetAsync($"{Tracking}/bureau")).StatusCode);

        using var employee = await SignedInAsync(Town, "employee");
        var mine = Assert.Single(await employee.GetJsonAsync<List<MyPlanDocument>>("/api/learning/my/plans") ?? [], p => p.PlanId == plan.Id);
        Assert.Equal((2m, 2m, false), (mine.HoursEarned, mine.RequiredHours, mine.Overdue));
        Assert.StartsWith("/Learning/Courses/", Assert.Single(mine.Courses).Url);
        var compliance = await employee.GetJsonAsync<ComplianceDocument>("/api/learning/my/compliance");
        Assert.Equal(("Frontline", "C34", "PreJob", 24m), (compliance!.Result.Category, compliance.IndustryCode, compliance.Result.Kind, compliance.Result.RequiredHours));
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync($"{Tracking}/enterprises/{enterprise}")).StatusCode);

        using var shaxi = await SignedInAsync("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Tracking}/enterprises/{enterprise}")).StatusCode);
        Assert.Empty((await PeopleAsync(shaxi, plan.Id)));
    }

    [Fact]
    public async Task Town_and_bureau_coverage_follow_a_learners_progress_before_the_next_enrolment_run()
    {
        var (manager, enterprise, plan, course) = await KnownDataAsync();
        using var _ = manager;
        using var town = await SignedInAsync(Town, "townadmin");
        using var bureau = await SignedInAsync(null, "admin");
        Assert.Equal((1, 2, 3m), Figures(Assert.Single((await bureau.GetJsonAsync<List<CompletionRowDocument>>($"{Tracking}/bureau?planId={plan.Id}"))!)));

        // The principal studies the missing hour and opens 我的学习: the enrolment job has not run since.
        await _data.EarnAsync(Town, "principal", course, 1, new DateTime(2025, 7, 1, 2, 0, 0, DateTimeKind.Utc));
        using (var principal = await SignedInAsync(Town, "principal"))
        {
            Assert.NotNull(await principal.GetJsonAsync<List<MyPlanDocument>>("/api/learning/my/plans"));
        }

        var chengxiang = Assert.Single((await bureau.GetJsonAsync<List<CompletionRowDocument>>($"{Tracking}/bureau?planId={plan.Id}"))!);
        Assert.Equal((2, 1, 4m), Figures(chengxiang));
        var row = Assert.Single((await town.GetJsonAsync<List<CompletionRowDocument>>($"{Tracking}/town?planId={plan.Id}"))!);
        Assert.Equal((enterprise, 2, 1, 4m), (row.Id!.Value, row.Completed, row.Overdue, row.HoursEarned));
        // The people behind the figures agree with them.
        Assert.Equal(2, (await PeopleAsync(manager, plan.Id, "&state=Completed")).Count);

        // Without a plan, a person on several plans is counted once.
        var allPlans = Assert.Single((await bureau.GetJsonAsync<List<CompletionRowDocument>>($"{Tracking}/bureau"))!, t => t.Id == chengxiang.Id);
        var people = await bureau.GetJsonAsync<PagedDocument<PersonRowDocument>>($"{Tracking}/people?townId={chengxiang.Id}&pageSize=200");
        Assert.Equal(people!.TotalCount, allPlans.Enrolled);
        Assert.Equal(people.Items.Select(p => p.UserId).Distinct().Count(), allPlans.People);
    }

    private static (int Completed, int Overdue, decimal HoursEarned) Figures(CompletionRowDocument row) => (row.Completed, row.Overdue, row.HoursEarned);
}

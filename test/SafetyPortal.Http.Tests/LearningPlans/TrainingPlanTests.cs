using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.LearningPlans.TrainingApi;

namespace SafetyPortal.Http.Tests.LearningPlans;

/// <summary>培训计划: creating with field errors, publishing enrols the audience (a later hire too, on re-evaluation), owners and scoping.</summary>
public abstract class TrainingPlanTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private static readonly string[] EmployeeRole = ["Employee"];
    private readonly TrainingData _data = new(factory);

    private Task<PortalClient> SignedInAsync(string? town, string userName) => factory.CreatePortalClient().SignedInAsync(town, userName);

    [Fact]
    public async Task A_plan_missing_its_fields_is_refused_naming_each_field()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var response = await town.Http.PostAsJsonAsync(Plans, new { title = " ", requiredHours = 0, courseIds = new[] { Guid.NewGuid() } });
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = (await response.Content.ReadFromJsonAsync<ProblemDocument>())!;
        Assert.Superset(new HashSet<string> { "title", "periodStart", "periodEnd", "deadline", "requiredHours", "courseIds" }, problem.Errors!.Keys.ToHashSet());

        var course = await _data.AddCourseAsync(Town, "Validation course");
        var reversed = await town.Http.PostAsJsonAsync(Plans, PlanOf("Reversed", course, start: new DateTime(2026, 6, 1), end: new DateTime(2026, 1, 1)));
        Assert.Contains("periodEnd", (await reversed.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        var late = await town.Http.PostAsJsonAsync(Plans, PlanOf("Late deadline", course, deadline: new DateTime(2027, 3, 1)));
        Assert.Contains("deadline", (await late.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
        var badCondition = await town.Http.PostAsJsonAsync(Plans, PlanOf("Bad industry", course,
            conditions: [new { key = "organization.industry", parameters = new { codes = "not a code" } }]));
        Assert.Equal(HttpStatusCode.BadRequest, badCondition.StatusCode);
        Assert.Contains((await badCondition.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys, k => k.StartsWith("conditions[0]", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Publishing_enrols_the_matching_staff_and_a_later_hire_joins_on_re_evaluation()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var course = await _data.AddCourseAsync(Town, "Machining safety");
        var plan = await CreatePublishedAsync(town, PlanOf("Frontline machining", course, audience: "Frontline",
            conditions: [new { key = "organization.industry", parameters = new { codes = "C34" } }]));
        Assert.Equal("Published", plan.Status);

        var people = await PeopleAsync(town, plan.Id);
        var employee = await _data.UserIdAsync(Town, "employee");
        Assert.Contains(people, p => p.UserId == employee);
        Assert.DoesNotContain(people, p => p.PrimaryAudience != "Frontline");

        var enterpriseId = await EnterpriseIdAsync(town, DemoEnterprise);
        var hire = $"hire{Guid.NewGuid():N}"[..16];
        var user = await town.Http.PostAsJsonAsync("/api/identity/users", new { userName = hire, displayName = "New hire", password = "1q2w3E*x", roleNames = EmployeeRole });
        Assert.Equal(HttpStatusCode.Created, user.StatusCode);
        var member = await town.Http.PostAsJsonAsync($"/api/organization/units/{enterpriseId}/members", new { userName = hire, position = "装配工" });
        Assert.True(member.IsSuccessStatusCode, await member.Content.ReadAsStringAsync());

        var again = await (await town.Http.PostAsync($"{Plans}/{plan.Id}/enrol", null)).Content.ReadFromJsonAsync<EnrolmentResultDocument>();
        Assert.Equal(1, again!.Enrolled);
        Assert.Contains(await PeopleAsync(town, plan.Id), p => p.Name == "New hire");
        var idempotent = await (await town.Http.PostAsync($"{Plans}/{plan.Id}/enrol", null)).Content.ReadFromJsonAsync<EnrolmentResultDocument>();
        Assert.Equal((0, 0, 0), (idempotent!.Enrolled, idempotent.Updated, idempotent.Removed));
    }

    [Fact]
    public async Task A_plan_for_another_industry_enrols_nobody_of_the_demo_enterprise()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var course = await _data.AddCourseAsync(Town, "Chemicals");
        var plan = await CreatePublishedAsync(town, PlanOf("Chemicals only", course, conditions: [new { key = "organization.industry", parameters = new { codes = "C26" } }]));
        var enterpriseId = await EnterpriseIdAsync(town, DemoEnterprise);
        Assert.Empty(await PeopleAsync(town, plan.Id));
        var dashboard = await town.GetJsonAsync<DashboardDocument>($"/api/learning/tracking/enterprises/{enterpriseId}?planId={plan.Id}");
        Assert.Equal(0, dashboard!.Total.Enrolled);
    }

    [Fact]
    public async Task An_enterprise_safety_manager_plans_only_for_the_own_enterprise()
    {
        using var manager = await SignedInAsync(Town, "manager");
        using var town = await SignedInAsync(Town, "townadmin");
        var own = await EnterpriseIdAsync(town, DemoEnterprise);
        var other = await EnterpriseIdAsync(town, "城厢金属制品有限公司");
        var course = await _data.AddCourseAsync(Town, "Internal induction");

        var foreign = await manager.Http.PostAsJsonAsync(Plans, PlanOf("Not mine", course, enterpriseId: other));
        Assert.Equal(HttpStatusCode.BadRequest, foreign.StatusCode);
        Assert.Contains("enterpriseId", (await foreign.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);

        var plan = await CreatePublishedAsync(manager, PlanOf("Our induction", course));
        Assert.Equal(("Enterprise", own), (plan.Owner, plan.EnterpriseId));
        // The demo enterprise's principal, manager and employee (and whoever another case hired).
        var names = (await PeopleAsync(manager, plan.Id)).Select(p => p.UserId).ToList();
        foreach (var demo in new[] { "principal", "manager", "employee" })
        {
            Assert.Contains(await _data.UserIdAsync(Town, demo), names);
        }
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync($"/api/learning/tracking/enterprises/{other}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await manager.Http.GetAsync("/api/learning/tracking/town")).StatusCode);

        // The town sees the enterprise's plan but may not change it.
        var edit = await town.Http.PutAsJsonAsync($"{Plans}/{plan.Id}", PlanOf("Renamed", course));
        Assert.Equal(HttpStatusCode.Forbidden, edit.StatusCode);
    }

    [Fact]
    public async Task An_edit_with_a_stale_stamp_is_refused_with_409()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var course = await _data.AddCourseAsync(Town, "Stamp course");
        var created = await (await town.Http.PostAsJsonAsync(Plans, PlanOf("Stamped", course))).Content.ReadFromJsonAsync<PlanDocument>();
        var first = await town.Http.PutAsJsonAsync($"{Plans}/{created!.Id}", new Dictionary<string, object?>(ToDictionary(PlanOf("Stamped 2", course))) { ["concurrencyStamp"] = created.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var stale = await town.Http.PutAsJsonAsync($"{Plans}/{created.Id}", new Dictionary<string, object?>(ToDictionary(PlanOf("Stamped 3", course))) { ["concurrencyStamp"] = created.ConcurrencyStamp });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Another_town_can_neither_read_a_town_plan_nor_use_its_courses()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var course = await _data.AddCourseAsync(Town, "Own course");
        var plan = await (await town.Http.PostAsJsonAsync(Plans, PlanOf("Chengxiang only", course))).Content.ReadFromJsonAsync<PlanDocument>();
        using var shaxi = await SignedInAsync("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Plans}/{plan!.Id}")).StatusCode);
        // Another town's course cannot go into a plan either.
        var foreignCourse = await shaxi.Http.PostAsJsonAsync(Plans, PlanOf("Borrowed", course));
        Assert.Contains("courseIds", (await foreignCourse.Content.ReadFromJsonAsync<ProblemDocument>())!.Errors!.Keys);
    }

    private static Dictionary<string, object?> ToDictionary(object value) =>
        value.GetType().GetProperties().ToDictionary(p => p.Name, p => p.GetValue(value));
}

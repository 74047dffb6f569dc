using System.Collections.Concurrent;
using System.Net;
using System.Net.Http.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.LearningPlans;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;
using SafetyPortal.Platform.MultiTenancy;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.Commendations;

/// <summary>
/// The known data set of 城厢镇 this year, seeded once per host through the modules' own API and services:
/// <list type="bullet">
/// <item>精密机械 (demo): employee 吴芳 10 h, principal 10 h, safety manager 0 h: the managers are short of their hours (Learning's rule).</item>
/// <item>新材料: b1 6 h and a passed exam (100 %), b2 4 h, b3 nothing: coverage 66.67 %, 3.33 h a head, pass rates 100 %.</item>
/// <item>食品加工: c1 and c2 2 h each: coverage 100 %, 2 h a head, no exam.</item>
/// <item>金属制品: d1 5 h; the test's own rule excludes it.</item>
/// </list>
/// A town plan for all staff (deadline next year, so nothing is due this year) makes Learning meet everyone.
/// </summary>
public static class CommendationData
{
    public const string Town = "chengxiang";
    public const string Precision = "城厢精密机械有限公司";
    public const string Materials = "城厢新材料科技有限公司";
    public const string Food = "城厢食品加工有限公司";
    public const string Metal = PenalisedInPeriodRule.Enterprise;

    private static readonly ConcurrentDictionary<PortalFactory, Lazy<Task<string>>> Seeded = new();

    /// <summary>Seeds once per host; answers the user-name suffix of the people made for it (b1 is "b1" + suffix).</summary>
    public static Task<string> EnsureAsync(PortalFactory factory) =>
        Seeded.GetOrAdd(factory, f => new Lazy<Task<string>>(() => SeedAsync(f))).Value;

    private static async Task<string> SeedAsync(PortalFactory factory)
    {
        var suffix = Guid.NewGuid().ToString("N")[..6];
        using var admin = await factory.CreatePortalClient().SignedInAsync(Town, "townadmin");
        foreach (var (enterprise, people) in new[] { (Materials, new[] { "b1", "b2", "b3" }), (Food, ["c1", "c2"]), (Metal, ["d1"]) })
        {
            var enterpriseId = await TrainingApi.EnterpriseIdAsync(admin, enterprise);
            foreach (var person in people)
            {
                var created = await admin.Http.PostAsJsonAsync("/api/identity/users", new
                {
                    userName = person + suffix, displayName = "员工" + person.ToUpperInvariant(), password = PortalClient.DemoPassword,
                    roleNames = new[] { PortalRoles.Employee },
                });
                Assert.Equal(HttpStatusCode.Created, created.StatusCode);
                var member = await admin.Http.PostAsJsonAsync($"/api/organization/units/{enterpriseId}/members", new { userName = person + suffix, position = "操作工" });
                Assert.Equal(HttpStatusCode.NoContent, member.StatusCode);
            }
        }
        var course = await new TrainingData(factory).AddCourseAsync(Town, "表彰测试课程");
        await TrainingApi.CreatePublishedAsync(admin, TrainingApi.PlanOf("全员培训", course, deadline: new DateTime(2027, 6, 30, 0, 0, 0, DateTimeKind.Utc),
            end: new DateTime(2027, 7, 1, 0, 0, 0, DateTimeKind.Utc)));
        await EarnAsync(factory, ("employee", 10), ("principal", 10), ("b1" + suffix, 6), ("b2" + suffix, 4), ("c1" + suffix, 2), ("c2" + suffix, 2),
            ("d1" + suffix, 5));
        await PassExamAsync(factory, admin, "b1" + suffix);
        return suffix;
    }

    /// <summary>Hours through Learning's own ledger contract, earned now, in the town.</summary>
    private static async Task EarnAsync(PortalFactory factory, params (string UserName, decimal Hours)[] grants)
    {
        await using var scope = factory.Services.CreateAsyncScope();
        var town = await scope.ServiceProvider.GetRequiredService<ITenantStore>().FindByCodeAsync(Town);
        using (scope.ServiceProvider.GetRequiredService<ICurrentTenant>().Change(town!.Id))
        {
            var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
            var ledger = scope.ServiceProvider.GetRequiredService<ICreditHourLedger>();
            foreach (var (userName, hours) in grants)
            {
                var normalized = userName.ToUpperInvariant();
                var userId = await db.Set<PortalUser>().Where(u => u.NormalizedUserName == normalized).Select(u => u.Id).SingleAsync();
                Assert.True(await ledger.AddAsync(new CreditHourGrant(userId, hours, CreditHourSource.Manual, Guid.NewGuid(), "表彰测试")));
            }
            await db.SaveChangesAsync();
        }
    }

    /// <summary>The candidate sits a one-question exam of the town (5 points, pass mark 3) and answers right.</summary>
    private static async Task PassExamAsync(PortalFactory factory, PortalClient admin, string userName)
    {
        var category = await admin.CategoryAsync($"表彰 {Guid.NewGuid():N}");
        var question = await admin.QuestionAsync(category, SingleChoice(category, $"<p>动火作业前应当？{Guid.NewGuid():N}</p>"));
        var paper = await admin.PaperAsync(new { title = "表彰试卷", kind = "Fixed", questions = new[] { new { questionId = question, points = 5 } } });
        var exam = await admin.PublishedExamAsync(paper.Id, DateTime.UtcNow);
        using var candidate = await factory.CreatePortalClient().SignedInAsync(Town, userName);
        var attempt = await OkAsync<AttemptDto>(await candidate.StartAsync(exam.Id), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await candidate.AnswerAsync(attempt.Id, 1, 1, "B"));
        var submitted = await OkAsync<AttemptDto>(await candidate.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        Assert.True(submitted.Passed);
    }
}

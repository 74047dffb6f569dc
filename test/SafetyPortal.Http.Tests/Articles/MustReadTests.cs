using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.ExamAttempts;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Http.Tests.Learning;
using static SafetyPortal.Http.Tests.Articles.CaseWarningClient;
using static SafetyPortal.Http.Tests.Articles.MustReadClient;
using static SafetyPortal.Http.Tests.Learning.LearningClient;

namespace SafetyPortal.Http.Tests.Articles;

/// <summary>
/// 必读: assigning an article to an audience, reading it to the end (hours once), who has not read it, reminders, scope, bad
/// input; and 关联学习: the courses and quiz an article leads on to.
/// </summary>
public abstract class MustReadTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    private static async Task<decimal> ArticleHoursAsync(PortalClient client, Guid articleId) =>
        (await client.GetJsonAsync<LedgerDocument>($"{Api}/ledger"))!.Entries.Where(e => e.Source == "Article" && e.SourceId == articleId).Sum(e => e.Hours);

    [Fact]
    public async Task A_town_must_read_reaches_the_staff_and_reading_it_to_the_end_completes_it_and_earns_its_hours_once()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        using var manager = await As("chengxiang", "manager");
        using var employee = await As("chengxiang", "employee");
        var me = await employee.MeAsync();
        var article = await PublishedAsync(townAdmin, townAdmin, Unique("必读 培训走过场"));

        var assignment = await townAdmin.AssignedAsync(new { articleId = article.Id, creditHours = 0.5m, deadline = DateTime.UtcNow.AddDays(7) });
        Assert.True(assignment.Recipients >= 3, $"reached {assignment.Recipients}");
        Assert.Equal(0, assignment.Read);
        var mine = Assert.Single(await employee.MyMustReadsAsync(), m => m.AssignmentId == assignment.Id);
        Assert.Equal((article.Id, (DateTime?)null, 0.5m), (mine.ArticleId, mine.ReadToEndAt, mine.CreditHours));
        Assert.Contains(await manager.PeopleAsync(assignment.Id), p => p.UserId == me.Id && p.Name == me.DisplayName && p.EnterpriseName.Length > 0);

        await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/read-to-end", null));
        await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/read-to-end", null));

        Assert.NotNull(Assert.Single(await employee.MyMustReadsAsync(), m => m.AssignmentId == assignment.Id).ReadToEndAt);
        Assert.Equal(0.5m, await ArticleHoursAsync(employee, article.Id));
        Assert.DoesNotContain(await manager.PeopleAsync(assignment.Id), p => p.UserId == me.Id);
        Assert.Contains(await manager.PeopleAsync(assignment.Id, "Read"), p => p.UserId == me.Id);
        var listed = (await townAdmin.GetJsonAsync<PagedDocument<MustReadAssignmentDocument>>($"{MustRead}?articleId={article.Id}"))!.Items;
        Assert.Equal(1, Assert.Single(listed).Read);
    }

    [Fact]
    public async Task Someone_who_read_the_article_before_it_was_assigned_counts_as_done_at_once_with_the_hours()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        using var employee = await As("chengxiang", "employee");
        var me = await employee.MeAsync();
        var article = await PublishedAsync(townAdmin, townAdmin, Unique("必读 先读后派"));
        await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/read-to-end", null));

        var assignment = await townAdmin.AssignedAsync(new { articleId = article.Id, creditHours = 1m });

        Assert.True(assignment.Read >= 1);
        Assert.Contains(await townAdmin.PeopleAsync(assignment.Id, "Read"), p => p.UserId == me.Id);
        Assert.Equal(1m, await ArticleHoursAsync(employee, article.Id));
    }

    [Fact]
    public async Task A_safety_manager_assigns_only_to_their_own_enterprise_and_bad_input_names_the_field()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        using var manager = await As("chengxiang", "manager");
        using var employee = await As("chengxiang", "employee");
        var article = await PublishedAsync(townAdmin, townAdmin, Unique("必读 企业指派"));
        var draft = await townAdmin.DraftAsync(Unique("必读 草稿"));

        var refused = await RefusedAsync(await manager.AssignAsync(new
        {
            articleId = draft.Id, audience = 64, creditHours = 9m, deadline = DateTime.UtcNow.AddDays(-1),
        }));
        Assert.Equal(["articleId", "audience", "creditHours", "deadline"], refused.Errors!.Keys.Order(StringComparer.Ordinal));
        Assert.Contains("organizationUnitId", (await RefusedAsync(await manager.AssignAsync(new { articleId = article.Id, organizationUnitId = Guid.NewGuid() }))).Errors!.Keys);
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.AssignAsync(new { articleId = article.Id })).StatusCode);

        var assignment = await manager.AssignedAsync(new { articleId = article.Id, audience = "Frontline" });
        Assert.True(assignment.IsEnterprises);
        var people = await manager.PeopleAsync(assignment.Id, "All");
        var (frontline, safetyManager) = ((await employee.MeAsync()).Id, (await manager.MeAsync()).Id);
        Assert.Contains(people, p => p.UserId == frontline);
        Assert.DoesNotContain(people, p => p.UserId == safetyManager);
        Assert.Single(people.Select(p => p.EnterpriseId).Distinct());
    }

    [Fact]
    public async Task A_reminder_reaches_those_who_have_not_read_it_and_a_second_click_within_the_hour_reminds_nobody()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        var article = await PublishedAsync(townAdmin, townAdmin, Unique("必读 提醒"));
        var assignment = await townAdmin.AssignedAsync(new { articleId = article.Id });

        var first = await OkAsync<RemindedDocument>(await townAdmin.Http.PostAsync($"{MustRead}/{assignment.Id}/remind", null));
        var second = await OkAsync<RemindedDocument>(await townAdmin.Http.PostAsync($"{MustRead}/{assignment.Id}/remind", null));

        Assert.Equal(assignment.Recipients, first.Reminded);
        Assert.Equal(0, second.Reminded);
        var export = await townAdmin.Http.GetAsync($"{MustRead}/{assignment.Id}/people/export");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        Assert.True((await export.Content.ReadAsByteArrayAsync()).Length > 0);
    }

    [Fact]
    public async Task Another_towns_assignment_is_not_found_and_the_pages_show_progress_and_the_own_list()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        using var shaxi = await As("shaxi", "townadmin");
        using var employee = await As("chengxiang", "employee");
        var article = await PublishedAsync(townAdmin, townAdmin, Unique("必读 页面"));
        var assignment = await townAdmin.AssignedAsync(new { articleId = article.Id });

        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{MustRead}/{assignment.Id}/people")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.PostAsync($"{MustRead}/{assignment.Id}/remind", null)).StatusCode);
        Assert.Contains(article.Title, await townAdmin.Http.GetStringAsync("/Articles/MustRead"));
        Assert.Contains(article.Title, await townAdmin.Http.GetStringAsync($"/Articles/MustRead/People/{assignment.Id}"));
        Assert.Contains(article.Title, await employee.Http.GetStringAsync("/Articles/MustRead/Mine"));
    }

    [Fact]
    public async Task An_article_offers_a_quiz_of_three_to_five_questions_on_its_risk_categories_only_when_the_bank_has_three()
    {
        using var townAdmin = await As("chengxiang", "townadmin");
        using var employee = await As("chengxiang", "employee");
        var code = $"MR-{Guid.NewGuid():N}"[..12];
        var draft = await townAdmin.DraftAsync(Unique("关联学习"));
        await OkAsync<CaseWarningDocument>(await townAdmin.Http.PutAsJsonAsync($"{Cases}/{draft.Id}", new
        {
            title = draft.Title, markdownBody = draft.MarkdownBody, riskCategories = new[] { code }, concurrencyStamp = draft.ConcurrencyStamp,
        }));
        await townAdmin.StepAsync(draft.Id, "submit");
        var published = await townAdmin.StepAsync(draft.Id, "approve");
        async Task<RelatedLearningDocument> RelatedAsync() =>
            (await employee.GetJsonAsync<RelatedLearningDocument>($"{Cases}/{published.Id}/related"))!;
        Assert.Equal((0, 0), ((await RelatedAsync()).QuizQuestions, (await RelatedAsync()).QuizSize));

        var category = await townAdmin.CategoryAsync($"关联 {Guid.NewGuid():N}");
        for (var i = 0; i < 6; i++)
        {
            await townAdmin.QuestionAsync(category, ExamClient.SingleChoice(category, $"<p>关联题 {i} {Guid.NewGuid():N}</p>", riskCategory: code));
        }

        var related = await RelatedAsync();
        Assert.Equal(code, Assert.Single(related.RiskCategoryCodes));
        Assert.Equal((6, 5), (related.QuizQuestions, related.QuizSize));
        var page = await employee.Http.GetStringAsync($"/Articles/CaseWarnings/Read/{published.Id}");
        Assert.Matches($"/Exams/Practice\\?source=codes&(amp;)?riskCategories={code}&(amp;)?count=5", page);
    }
}

public sealed class MustReadTestsOnSqlite(SqlitePortalFactory factory) : MustReadTests<SqlitePortalFactory>(factory);

public sealed class MustReadTestsOnMariaDb(MariaDbPortalFactory factory) : MustReadTests<MariaDbPortalFactory>(factory);

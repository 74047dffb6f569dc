using System.Net;
using System.Net.Http.Json;
using MiniExcelLibs;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Exams.Certificates;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Commendations.CommendationData;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.Commendations;

/// <summary>表彰奖励 over HTTP on the known data set of <see cref="CommendationData"/>: ranking, exclusions, lists, approval, honour roll.</summary>
public abstract class CommendationTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, ICommendationFactory
{
    private const string Root = "/api/articles/commendations";
    private static readonly int Year = DateTime.UtcNow.AddHours(8).Year;
    private static readonly string Period = $"kind=Year&year={Year}";

    private async Task<PortalClient> SignedInAsync(string? town, string userName)
    {
        await EnsureAsync(factory);
        return await factory.CreatePortalClient().SignedInAsync(town, userName);
    }

    [Fact]
    public async Task The_ranking_follows_the_data_and_shows_each_exclusion_with_its_reason()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var ranking = await OkAsync<PagedDocument<RankingEnterpriseDto>>(await town.Http.GetAsync($"{Root}/ranking/enterprises?{Period}"));
        Assert.Equal(4, ranking.TotalCount);
        // 新材料: coverage 66.67 %, 3.33 h a head and its exam beat 食品加工's full coverage at 2 h a head without one.
        Assert.Equal([(Materials, 1), (Food, 2)], ranking.Items.Where(e => e.Rank is not null).Select(e => (e.Name, e.Rank!.Value)));
        var materials = ranking.Items[0];
        Assert.Equal((66.67m, 3.33m, 100m, 100m, true), (materials.Coverage, materials.HoursPerHead, materials.PassRate, materials.FirstAttemptPassRate, materials.InList));

        var precision = Assert.Single(ranking.Items, e => e.Name == Precision);
        Assert.True(precision.Excluded);
        var managers = Assert.Single(precision.Reasons);
        Assert.Equal("Learning.ManagerHours", managers.Rule);
        Assert.Contains("安全管理人员", managers.Reason, StringComparison.Ordinal);
        Assert.Contains("已获 0 学时", managers.Reason, StringComparison.Ordinal);

        var metal = Assert.Single(ranking.Items, e => e.Name == Metal);
        Assert.Equal((true, null, "Test.Penalised", PenalisedInPeriodRule.Reason), (metal.Excluded, metal.Rank, Assert.Single(metal.Reasons).Rule, metal.Reasons[0].Reason));

        var people = await OkAsync<PagedDocument<RankingPersonDto>>(await town.Http.GetAsync($"{Root}/ranking/individuals?{Period}&pageSize=3"));
        Assert.Equal(7, people.TotalCount);
        Assert.Equal([("员工B1", 1, 80m), ("吴芳", 2, 50m)], people.Items.Take(2).Select(p => (p.Name, p.Rank!.Value, p.Score)));
        Assert.All(people.Items, p => Assert.True(p.InList));

        var html = await town.Http.GetStringAsync($"/Articles/Commendations/Ranking?Kind=Year&Year={Year}");
        Assert.Contains(PenalisedInPeriodRule.Reason, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_periods_and_a_manual_exclusion_without_a_reason_are_field_errors()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        await AssertFieldAsync(await town.Http.GetAsync($"{Root}/ranking/enterprises?kind=Quarter&year={Year}&quarter=5"), "quarter");
        await AssertFieldAsync(await town.Http.PostAsJsonAsync($"{Root}/lists", new { title = " ", periodKind = "Year", year = Year }), "title");

        var list = await DraftAsync(town);
        var entry = Assert.Single(list.Entries, e => e.Name == Food);
        await AssertFieldAsync(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/entries/{entry.Id}/exclude", new { reason = "  " }), "reason");
        await AssertFieldAsync(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/entries",
            new { kind = "Enterprise", subjectId = Guid.NewGuid(), reason = "补报" }), "subjectId");
        var unchanged = await OkAsync<CommendationListDto>(await town.Http.GetAsync($"{Root}/lists/{list.Id}"), HttpStatusCode.OK);
        Assert.False(Assert.Single(unchanged.Entries, e => e.Name == Food).Excluded);
    }

    [Fact]
    public async Task A_proposed_list_approved_and_published_is_an_honour_roll_with_certificates_that_verify()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var list = await DraftAsync(town);
        Assert.Equal([Materials, Food], list.Entries.Where(e => e.Kind == CommendationEntryKind.Enterprise && !e.Excluded).Select(e => e.Name));
        var ruled = list.Entries.Where(e => e.Excluded).ToDictionary(e => e.Name, e => e.ExclusionRule);
        Assert.Equal("Learning.ManagerHours", ruled[Precision]);
        Assert.Equal("Test.Penalised", ruled[Metal]);

        var food = Assert.Single(list.Entries, e => e.Name == Food);
        var excluded = await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/entries/{food.Id}/exclude", new { reason = "发生轻微事故" }));
        var proposed = await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { excluded.ConcurrencyStamp }));
        Assert.Equal(CommendationStatus.Proposed, proposed.Status);
        var excludedFood = Assert.Single(proposed.Entries, e => e.Name == Food);
        Assert.Equal((true, "Manual", "发生轻微事故"), (excludedFood.Excluded, excludedFood.ExclusionRule, excludedFood.ExclusionReason));

        Assert.Contains("发生轻微事故", await town.Http.GetStringAsync($"/Articles/Commendations/List/{list.Id}"), StringComparison.Ordinal);

        using var bureau = await SignedInAsync(null, "admin");
        Assert.Contains(list.Title, await bureau.Http.GetStringAsync("/Articles/Commendations/Review"), StringComparison.Ordinal);
        Assert.Contains("发生轻微事故", await bureau.Http.GetStringAsync($"/Articles/Commendations/Decide/{list.Id}"), StringComparison.Ordinal);
        var queue = await OkAsync<PagedDocument<CommendationListSummaryDto>>(await bureau.Http.GetAsync($"{Root}/review?pageSize=200"));
        Assert.Equal("城厢镇", Assert.Single(queue.Items, l => l.Id == list.Id).TownName);
        var approved = await OkAsync<CommendationListDto>(await bureau.Http.PostAsJsonAsync($"{Root}/review/{list.Id}/approve", new { proposed.ConcurrencyStamp }));
        var published = await OkAsync<CommendationListDto>(await bureau.Http.PostAsJsonAsync($"{Root}/review/{list.Id}/publish", new { approved.ConcurrencyStamp }));
        Assert.Equal(CommendationStatus.Published, published.Status);
        // Publishing again issues no second certificate: the same serials.
        var again = await OkAsync<CommendationListDto>(await bureau.Http.PostAsJsonAsync($"{Root}/review/{list.Id}/publish", new { published.ConcurrencyStamp }));
        Assert.Equal(published.Entries.Select(e => e.CertificateSerial), again.Entries.Select(e => e.CertificateSerial));

        var suffix = await EnsureAsync(factory);
        using var b1 = await SignedInAsync(Town, "b1" + suffix);
        var roll = await OkAsync<CommendationListDto>(await b1.Http.GetAsync($"{Root}/honour-roll/{list.Id}"));
        Assert.DoesNotContain(roll.Entries, e => e.Excluded || e.Name == Food);
        Assert.Contains(roll.Entries, e => e.Name == Materials);
        var mine = Assert.Single(roll.Entries, e => e.Name == "员工B1");
        using var visitor = factory.CreatePortalClient();
        var verified = await OkAsync<CertificateVerificationDto>(await visitor.Http.GetAsync($"/api/exams/certificates/verify/{mine.CertificateSerial}"));
        Assert.Equal(CertificateStatus.Valid, verified.Status);
        var page = await b1.Http.GetStringAsync($"/Articles/Commendations/Roll/{list.Id}");
        Assert.Contains(Materials, page, StringComparison.Ordinal);
        Assert.Contains(mine.CertificateSerial!, page, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_proposal_made_from_the_list_as_it_was_before_an_exclusion_answers_409_and_proposes_nothing()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var list = await DraftAsync(town);
        var food = Assert.Single(list.Entries, e => e.Name == Food);
        var excluded = await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/entries/{food.Id}/exclude",
            new { reason = "另一位同事排除", list.ConcurrencyStamp }));

        var stale = await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { list.ConcurrencyStamp });
        var staleExclusion = await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/entries/{food.Id}/exclude", new { reason = "旧页面", list.ConcurrencyStamp });

        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
        Assert.Equal(HttpStatusCode.Conflict, staleExclusion.StatusCode);
        var current = await OkAsync<CommendationListDto>(await town.Http.GetAsync($"{Root}/lists/{list.Id}"), HttpStatusCode.OK);
        Assert.Equal(CommendationStatus.Draft, current.Status);
        Assert.Equal("另一位同事排除", Assert.Single(current.Entries, e => e.Name == Food).ExclusionReason);
        Assert.Equal(CommendationStatus.Proposed,
            (await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { excluded.ConcurrencyStamp }))).Status);
    }

    [Fact]
    public async Task The_bureau_returns_a_list_with_a_reason_and_the_town_may_change_it_again()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var list = await DraftAsync(town);
        var proposed = await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { list.ConcurrencyStamp }));
        using var bureau = await SignedInAsync(null, "admin");
        await AssertFieldAsync(await bureau.Http.PostAsJsonAsync($"{Root}/review/{list.Id}/return", new { proposed.ConcurrencyStamp }), "reason");
        var returned = await OkAsync<CommendationListDto>(await bureau.Http.PostAsJsonAsync($"{Root}/review/{list.Id}/return",
            new { reason = "请补充说明", proposed.ConcurrencyStamp }));
        Assert.Equal((CommendationStatus.Returned, "请补充说明"), (returned.Status, returned.ReturnReason));
        var food = Assert.Single(returned.Entries, e => e.Name == Food);
        var changed = await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/entries/{food.Id}/exclude",
            new { reason = "补充说明：有轻微事故", returned.ConcurrencyStamp }));
        var again = await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { changed.ConcurrencyStamp }));
        Assert.Equal((CommendationStatus.Proposed, (string?)null), (again.Status, again.ReturnReason));
        Assert.True(Assert.Single(again.Entries, e => e.Name == Food).Excluded);
    }

    [Fact]
    public async Task Another_town_finds_no_list_and_enterprise_staff_cannot_propose()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var list = await DraftAsync(town);
        using var shaxi = await SignedInAsync("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Root}/lists/{list.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { list.ConcurrencyStamp })).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Root}/honour-roll/{list.Id}")).StatusCode);
        Assert.Equal(0, (await OkAsync<PagedDocument<RankingEnterpriseDto>>(await shaxi.Http.GetAsync($"{Root}/ranking/enterprises?{Period}")))
            .Items.Count(e => e.Name == Materials));

        using var principal = await SignedInAsync(Town, "principal");
        Assert.Equal(HttpStatusCode.Forbidden, (await principal.Http.PostAsJsonAsync($"{Root}/lists", new { title = "企业自荐", periodKind = "Year", year = Year })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await principal.Http.PostAsJsonAsync($"{Root}/lists/{list.Id}/propose", new { list.ConcurrencyStamp })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await principal.Http.GetAsync($"{Root}/ranking/enterprises?{Period}")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await town.Http.GetAsync($"{Root}/review")).StatusCode);
    }

    [Fact]
    public async Task The_ranking_exports_to_excel_with_the_reasons()
    {
        using var town = await SignedInAsync(Town, "townadmin");
        var export = await town.Http.GetAsync($"{Root}/ranking/enterprises/export?{Period}");
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", export.Content.Headers.ContentType?.MediaType);
        await using var stream = new MemoryStream(await export.Content.ReadAsByteArrayAsync());
        var rows = stream.Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        Assert.Equal(4, rows.Count);
        Assert.Equal(Materials, rows[0]["企业"]);
        Assert.Contains(rows, r => Equals(r["未入选原因"], PenalisedInPeriodRule.Reason));
        var openApi = await town.Http.GetStringAsync("/openapi/v1.json");
        Assert.Contains("/api/articles/commendations/review/{id}/publish", openApi, StringComparison.Ordinal);
    }

    private static async Task<CommendationListDto> DraftAsync(PortalClient town) =>
        await OkAsync<CommendationListDto>(await town.Http.PostAsJsonAsync($"{Root}/lists", new { title = $"{Year}年度安全培训表彰", periodKind = "Year", year = Year }),
            HttpStatusCode.Created);

    private static async Task AssertFieldAsync(HttpResponseMessage response, string field)
    {
        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var problem = await response.Content.ReadFromJsonAsync<ProblemDocument>();
        Assert.Contains(field, problem!.Errors!.Keys);
    }
}

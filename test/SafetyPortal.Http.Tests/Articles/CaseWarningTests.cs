using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Articles.CaseWarningClient;
using static SafetyPortal.Http.Tests.Learning.LearningClient;

namespace SafetyPortal.Http.Tests.Articles;

/// <summary>以案示警: review before readers see an article, scheduled publishing, bureau and town scope, bad input, read receipts.</summary>
public abstract class CaseWarningTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    [Fact]
    public async Task A_town_draft_reaches_readers_only_after_review_and_leaves_when_withdrawn()
    {
        using var author = await As("chengxiang", "inspector");
        using var reviewer = await As("chengxiang", "townadmin");
        using var employee = await As("chengxiang", "employee");
        var draft = await author.DraftAsync(Unique("城厢 伪造培训记录"), "<p onclick=\"x()\">补签</p><script>alert(1)</script>");
        Assert.Equal(("Draft", "<p>补签</p>"), (draft.Status, draft.HtmlBody));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync($"{Cases}/{draft.Id}")).StatusCode);

        var inReview = await author.StepAsync(draft.Id, "submit");
        Assert.Equal("InReview", inReview.Status);
        Assert.Equal(HttpStatusCode.Forbidden, (await author.Http.PostAsJsonAsync($"{Cases}/{draft.Id}/approve", new { })).StatusCode);
        var returned = await reviewer.StepAsync(draft.Id, "return", new { reason = "处罚依据条款请核实" });
        Assert.Equal(("Returned", "处罚依据条款请核实"), (returned.Status, returned.ReturnReason));
        Assert.DoesNotContain(await employee.ReadingListAsync(), a => a.Id == draft.Id);

        await author.StepAsync(draft.Id, "submit");
        var published = await reviewer.StepAsync(draft.Id, "approve");
        Assert.Equal("Published", published.Status);
        Assert.Contains(await employee.ReadingListAsync("&q=" + Uri.EscapeDataString(draft.Title)), a => a.Id == draft.Id);
        var read = await OkAsync<CaseWarningDocument>(await employee.Http.GetAsync($"{Cases}/{draft.Id}"));
        Assert.Equal(("未如实记录安全生产教育和培训情况", "罚款3万元", false), (read.ViolationType, read.Penalty, read.CanEdit));

        var changed = await RefusedAsync(await author.Http.PutAsJsonAsync($"{Cases}/{draft.Id}", new { title = "改标题", concurrencyStamp = published.ConcurrencyStamp }));
        Assert.Contains("Status", changed.Errors!.Keys);
        await reviewer.StepAsync(draft.Id, "withdraw");
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync($"{Cases}/{draft.Id}")).StatusCode);
    }

    [Fact]
    public async Task A_scheduled_article_stays_hidden_from_readers_until_its_time()
    {
        using var reviewer = await As("chengxiang", "townadmin");
        using var employee = await As("chengxiang", "employee");
        var later = await PublishedAsync(reviewer, reviewer, Unique("定时 明日发布"), DateTime.UtcNow.AddDays(1));
        var earlier = await PublishedAsync(reviewer, reviewer, Unique("定时 已到时间"), DateTime.UtcNow.AddMinutes(-5));
        Assert.Equal(("Published", "Published"), (later.Status, earlier.Status));

        var list = await employee.ReadingListAsync();
        Assert.DoesNotContain(list, a => a.Id == later.Id);
        Assert.Contains(list, a => a.Id == earlier.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.GetAsync($"{Cases}/{later.Id}")).StatusCode);
        var managed = await reviewer.GetJsonAsync<PagedDocument<CaseWarningRowDocument>>($"{Cases}/manage?status=Published&pageSize=200");
        Assert.Contains(managed!.Items, a => a.Id == later.Id);
    }

    [Fact]
    public async Task A_bureau_article_is_read_in_every_town_and_changed_only_by_the_bureau()
    {
        using var bureau = await As(null, "admin");
        var article = await PublishedAsync(bureau, bureau, Unique("市局 主要负责人不履职"));
        Assert.True(article.IsBureau);
        foreach (var town in new[] { "chengxiang", "shaxi" })
        {
            using var employee = await As(town, "employee");
            Assert.Contains(await employee.ReadingListAsync(), a => a.Id == article.Id);
            using var townAdmin = await As(town, "townadmin");
            var seen = await OkAsync<CaseWarningDocument>(await townAdmin.Http.GetAsync($"{Cases}/{article.Id}"));
            Assert.False(seen.CanEdit);
            Assert.Equal(HttpStatusCode.Forbidden,
                (await townAdmin.Http.PutAsJsonAsync($"{Cases}/{article.Id}", new { title = "改名", concurrencyStamp = seen.ConcurrencyStamp })).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await townAdmin.Http.PostAsJsonAsync($"{Cases}/{article.Id}/withdraw", new { })).StatusCode);
        }
    }

    [Fact]
    public async Task A_town_article_is_not_found_in_another_town()
    {
        using var chengxiang = await As("chengxiang", "townadmin");
        var article = await PublishedAsync(chengxiang, chengxiang, Unique("城厢 隐患未消除"));
        using var shaxiEmployee = await As("shaxi", "employee");
        Assert.DoesNotContain(await shaxiEmployee.ReadingListAsync(), a => a.Id == article.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiEmployee.Http.GetAsync($"{Cases}/{article.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiEmployee.Http.PostAsync($"{Cases}/{article.Id}/read-to-end", null)).StatusCode);
        using var shaxiAdmin = await As("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiAdmin.Http.PostAsJsonAsync($"{Cases}/{article.Id}/withdraw", new { })).StatusCode);
    }

    [Fact]
    public async Task Publishing_without_a_title_or_body_is_refused_naming_both_fields()
    {
        using var reviewer = await As("chengxiang", "townadmin");
        var empty = await OkAsync<CaseWarningDocument>(await reviewer.Http.PostAsJsonAsync(Cases, new { summary = "只有摘要" }), HttpStatusCode.Created);
        var problem = await RefusedAsync(await reviewer.Http.PostAsJsonAsync($"{Cases}/{empty.Id}/submit", new { }));
        Assert.Contains("Title", problem.Errors!.Keys);
        Assert.Contains("MarkdownBody", problem.Errors!.Keys);
        var tooLong = await RefusedAsync(await reviewer.Http.PostAsJsonAsync(Cases, new { title = new string('标', 200) }));
        Assert.Contains("Title", tooLong.Errors!.Keys);
        var stillDraft = await OkAsync<CaseWarningDocument>(await reviewer.Http.GetAsync($"{Cases}/{empty.Id}"));
        Assert.Equal("Draft", stillDraft.Status);
    }

    [Fact]
    public async Task An_issue_number_is_used_once_per_town_but_another_town_may_use_it()
    {
        var issue = "第" + Guid.NewGuid().ToString("N")[..6] + "期";
        using var chengxiang = await As("chengxiang", "townadmin");
        await chengxiang.DraftAsync(Unique("期号 一"), issueNumber: issue);
        var taken = await RefusedAsync(await chengxiang.Http.PostAsJsonAsync(Cases, new { title = Unique("期号 二"), issueNumber = issue }));
        Assert.Contains(issue, taken.Errors!["IssueNumber"][0], StringComparison.Ordinal);
        using var shaxi = await As("shaxi", "townadmin");
        Assert.Equal(issue, (await shaxi.DraftAsync(Unique("期号 沙溪"), issueNumber: issue)).IssueNumber);
    }

    [Fact]
    public async Task A_cover_that_is_no_image_or_too_large_is_refused_with_the_file_named()
    {
        using var author = await As("chengxiang", "townadmin");
        var draft = await author.DraftAsync(Unique("封面"));
        var script = await RefusedAsync(await author.UploadCoverAsync(draft.Id, "cover.png", "<script>alert(1)</script>"u8.ToArray()));
        Assert.Contains("cover.png", script.Errors!["file"][0], StringComparison.Ordinal);
        var huge = await RefusedAsync(await author.UploadCoverAsync(draft.Id, "big.png", Png(3 * 1024 * 1024)));
        Assert.Contains("big.png", huge.Errors!["file"][0], StringComparison.Ordinal);
        Assert.Contains("2 MB", huge.Errors!["file"][0], StringComparison.Ordinal);

        var withCover = await OkAsync<CaseWarningDocument>(await author.UploadCoverAsync(draft.Id, "cover.png", Png(2000)));
        Assert.True(withCover.HasCover);
        var cover = await author.Http.GetAsync($"{Cases}/{draft.Id}/cover");
        Assert.Equal((HttpStatusCode.OK, "image/png"), (cover.StatusCode, cover.Content.Headers.ContentType?.MediaType));
    }

    [Fact]
    public async Task The_read_count_rises_once_per_reader_and_reading_to_the_end_is_recorded_once()
    {
        using var reviewer = await As("chengxiang", "townadmin");
        var article = await PublishedAsync(reviewer, reviewer, Unique("阅读回执"));
        using var employee = await As("chengxiang", "employee");
        using var principal = await As("chengxiang", "principal");

        var first = await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/open", null));
        var again = await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/open", null));
        Assert.Equal((1, 1, first.FirstOpenedAt), (first.ReadCount, again.ReadCount, again.FirstOpenedAt));
        Assert.Equal(2, (await OkAsync<ReadingReceiptDocument>(await principal.Http.PostAsync($"{Cases}/{article.Id}/open", null))).ReadCount);

        var end = await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/read-to-end", null));
        var endAgain = await OkAsync<ReadingReceiptDocument>(await employee.Http.PostAsync($"{Cases}/{article.Id}/read-to-end", null));
        Assert.True(end.FirstReadToEnd);
        Assert.False(endAgain.FirstReadToEnd);
        Assert.Equal(end.ReadToEndAt, endAgain.ReadToEndAt);
        Assert.Equal(2, endAgain.ReadCount);

        var mine = await employee.GetJsonAsync<PagedDocument<MyReadingDocument>>($"{Cases}/readings/mine?pageSize=200");
        Assert.NotNull(Assert.Single(mine!.Items, r => r.ArticleId == article.Id).ReadToEndAt);
        Assert.Equal(2, (await OkAsync<CaseWarningDocument>(await employee.Http.GetAsync($"{Cases}/{article.Id}"))).ReadCount);
    }
}

public sealed class CaseWarningTestsOnSqlite(SqlitePortalFactory factory) : CaseWarningTests<SqlitePortalFactory>(factory);

public sealed class CaseWarningTestsOnMariaDb(MariaDbPortalFactory factory) : CaseWarningTests<MariaDbPortalFactory>(factory);

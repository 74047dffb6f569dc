using System.Net;
using System.Net.Http.Json;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Exams.ExamsClient;

namespace SafetyPortal.Http.Tests.Exams;

/// <summary>Writing questions with their rules, who sees and edits what (bureau, town, other town), filters, bulk tags, duplicates.</summary>
public abstract class QuestionBankTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    [Fact]
    public async Task Bad_answers_are_refused_field_by_field_and_a_good_question_is_versioned_on_each_edit()
    {
        using var author = await As("chengxiang", "townadmin");
        var category = await author.CreateCategoryAsync(Unique("城厢 规则"));
        async Task<string[]> FieldsAsync(object request) =>
            [.. (await RefusedAsync(await author.Http.PostAsJsonAsync($"{Api}/questions", request))).Errors!.Keys];

        var twoRight = new { categoryId = category.Id, kind = "SingleChoice", stem = "题", options = new[] { new { text = "a", isCorrect = true }, new { text = "b", isCorrect = true } } };
        Assert.Contains("Options", await FieldsAsync(twoRight));
        Assert.Contains("Options", await FieldsAsync(new { categoryId = category.Id, kind = "MultipleChoice", stem = "题", options = new[] { new { text = "a", isCorrect = false }, new { text = "b", isCorrect = false } } }));
        Assert.Contains("Options", await FieldsAsync(new { categoryId = category.Id, kind = "SingleChoice", stem = "题", options = new[] { new { text = "a", isCorrect = true } } }));
        Assert.Contains("Options", await FieldsAsync(new { categoryId = category.Id, kind = "TrueFalse", stem = "题", options = new[] { new { text = "对", isCorrect = true }, new { text = "错", isCorrect = false }, new { text = "?", isCorrect = false } } }));
        Assert.Contains("Blanks", await FieldsAsync(new { categoryId = category.Id, kind = "FillInBlank", stem = "题 {{1}}" }));
        Assert.Contains("Blanks[0]", await FieldsAsync(new { categoryId = category.Id, kind = "FillInBlank", stem = "题 {{1}}", blanks = new[] { new { acceptedAnswers = Codes(" ") } } }));
        var many = await FieldsAsync(new { kind = "SingleChoice", stem = "", difficulty = 7, options = twoRight.options });
        Assert.Superset(Codes("CategoryId", "Stem", "Difficulty", "Options").ToHashSet(), many.ToHashSet());

        var question = await author.CreateQuestionAsync(new
        {
            categoryId = category.Id, kind = "MultipleChoice", stem = "<p>动火作业需要哪些？</p>", explanation = "<p>见规定</p>", difficulty = 4,
            options = new[] { new { text = "动火证", isCorrect = true }, new { text = "监护人", isCorrect = true }, new { text = "不用准备", isCorrect = false } },
            positions = Codes("焊工"), keySites = "ConfinedSpace, SpecialOperations",
        });
        Assert.Equal((1, true, "动火作业需要哪些？"), (question.Version, question.CanEdit, question.Name));
        Assert.Equal([50m, 50m, 0m], question.Options.Select(o => o.Fraction));
        var edited = await OkAsync<QuestionDocument>(await author.Http.PutAsJsonAsync($"{Api}/questions/{question.Id}", new
        {
            categoryId = category.Id, kind = "FillInBlank", stem = "火警电话 {{1}}", blanks = new[] { new { acceptedAnswers = Codes("119") } },
            concurrencyStamp = question.ConcurrencyStamp,
        }));
        Assert.Equal((2, "FillInBlank", 0), (edited.Version, edited.Kind, edited.Options.Count));
        var stale = await author.Http.PutAsJsonAsync($"{Api}/questions/{question.Id}", new
        {
            categoryId = category.Id, kind = "TrueFalse", stem = "x", concurrencyStamp = question.ConcurrencyStamp,
            options = new[] { new { text = "对", isCorrect = true }, new { text = "错", isCorrect = false } },
        });
        Assert.Equal(HttpStatusCode.Conflict, stale.StatusCode);
    }

    [Fact]
    public async Task Script_in_a_stem_or_an_option_is_stripped()
    {
        using var author = await As("chengxiang", "townadmin");
        var category = await author.CreateCategoryAsync(Unique("城厢 清洗"));
        var question = await author.CreateQuestionAsync(new
        {
            categoryId = category.Id, kind = "SingleChoice", stem = "<p onclick=\"steal()\">安全帽</p><script>alert(1)</script>",
            options = new[] { new { text = "<img src=x onerror=alert(1)>对", isCorrect = true }, new { text = "<a href=\"javascript:alert(1)\">错</a>", isCorrect = false } },
        });
        Assert.Equal("<p>安全帽</p>", question.Stem);
        Assert.DoesNotContain("onerror", question.Options[0].Text, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("javascript", question.Options[1].Text, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_bureau_question_is_seen_in_every_town_edited_only_by_the_bureau_and_a_town_question_is_hidden_from_other_towns()
    {
        using var bureau = await As(null, "admin");
        var shared = await bureau.CreateCategoryAsync(Unique("市局 通用"));
        var question = await bureau.CreateQuestionAsync(SingleChoice(shared.Id, Unique("市局 题目")));
        Assert.True(question.IsBureau);

        using var chengxiang = await As("chengxiang", "townadmin");
        var seen = await OkAsync<QuestionDocument>(await chengxiang.Http.GetAsync($"{Api}/questions/{question.Id}"));
        Assert.False(seen.CanEdit);
        Assert.Equal(HttpStatusCode.Forbidden, (await chengxiang.Http.PutAsJsonAsync($"{Api}/questions/{question.Id}", SingleChoice(shared.Id, "改"))).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chengxiang.Http.PostAsync($"{Api}/questions/{question.Id}/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chengxiang.Http.PutAsJsonAsync($"{Api}/categories/{shared.Id}", new { name = "改" })).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await chengxiang.Http.DeleteAsync($"{Api}/categories/{shared.Id}")).StatusCode);

        // A town files its own questions and subcategories under the bureau's category.
        var own = await chengxiang.CreateCategoryAsync(Unique("城厢 子分类"), shared.Id);
        var townQuestion = await chengxiang.CreateQuestionAsync(SingleChoice(own.Id, Unique("城厢 题目")));
        Assert.False(townQuestion.IsBureau);
        Assert.Contains((await chengxiang.ListAsync($"categoryId={shared.Id}")).Items, q => q.Id == townQuestion.Id);

        using var shaxi = await As("shaxi", "townadmin");
        Assert.Equal(HttpStatusCode.OK, (await shaxi.Http.GetAsync($"{Api}/questions/{question.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Api}/questions/{townQuestion.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.GetAsync($"{Api}/categories/{own.Id}")).StatusCode);
        Assert.DoesNotContain((await shaxi.ListAsync($"categoryId={shared.Id}")).Items, q => q.Id == townQuestion.Id);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxi.Http.PostAsync($"{Api}/questions/{townQuestion.Id}/retire", null)).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await shaxi.Http.PostAsJsonAsync($"{Api}/questions", SingleChoice(own.Id, "借用别镇分类"))).StatusCode);

        using var employee = await As("chengxiang", "employee");
        Assert.Equal(HttpStatusCode.Forbidden, (await employee.Http.GetAsync($"{Api}/questions")).StatusCode);
    }

    [Fact]
    public async Task Filters_search_paging_and_bulk_tags_find_the_right_questions()
    {
        using var author = await As("shaxi", "townadmin");
        var parent = await author.CreateCategoryAsync(Unique("沙溪 筛选"));
        var child = await author.CreateCategoryAsync(Unique("沙溪 子类"), parent.Id);
        var marker = Guid.NewGuid().ToString("N")[..8];
        var a = await author.CreateQuestionAsync(SingleChoice(parent.Id, $"有限空间 {marker} 甲", "YXKJ-" + marker));
        var b = await author.CreateQuestionAsync(SingleChoice(child.Id, $"粉尘 {marker} 乙"));
        var c = await author.CreateQuestionAsync(new { categoryId = child.Id, kind = "TrueFalse", stem = $"判断 {marker} 丙", difficulty = 5,
            options = new[] { new { text = "对", isCorrect = true }, new { text = "错", isCorrect = false } } });

        Assert.Equal(new[] { a.Id, b.Id, c.Id }.Order(), (await author.ListAsync($"categoryId={parent.Id}")).Items.Select(q => q.Id).Order());
        Assert.Equal([a.Id], (await author.ListAsync($"categoryId={parent.Id}&subcategories=false")).Items.Select(q => q.Id));
        Assert.Equal([c.Id], (await author.ListAsync($"categoryId={parent.Id}&kind=TrueFalse")).Items.Select(q => q.Id));
        Assert.Equal([c.Id], (await author.ListAsync($"categoryId={parent.Id}&difficulty=5")).Items.Select(q => q.Id));
        Assert.Equal([a.Id], (await author.ListAsync($"riskCategory=YXKJ-{marker}")).Items.Select(q => q.Id));
        Assert.Equal([b.Id], (await author.ListAsync($"search=粉尘 {marker}")).Items.Select(q => q.Id));
        var paged = (await author.GetJsonAsync<PagedDocument<QuestionRowDocument>>($"{Api}/questions?categoryId={parent.Id}&pageSize=2&page=2"))!;
        Assert.Equal((3, 1, 2), (paged.TotalCount, paged.Items.Count, paged.PageCount));

        var tagged = await OkAsync<Dictionary<string, int>>(await author.Http.PostAsJsonAsync($"{Api}/questions/tags",
            new { questionIds = new[] { b.Id, c.Id }, add = new { industries = Codes("C33-" + marker), positions = Codes("电工") } }));
        Assert.Equal(2, tagged["updated"]);
        Assert.Equal(new[] { b.Id, c.Id }.Order(), (await author.ListAsync($"industry=C33-{marker}")).Items.Select(q => q.Id).Order());
        await OkAsync<Dictionary<string, int>>(await author.Http.PostAsJsonAsync($"{Api}/questions/tags",
            new { questionIds = new[] { c.Id }, remove = new { industries = Codes("C33-" + marker) } }));
        Assert.Equal([b.Id], (await author.ListAsync($"industry=C33-{marker}")).Items.Select(q => q.Id));
        Assert.Contains("QuestionIds", (await RefusedAsync(await author.Http.PostAsJsonAsync($"{Api}/questions/tags", new { add = new { positions = Codes("x") } }))).Errors!.Keys);
    }

    [Fact]
    public async Task A_duplicate_stem_is_reported_on_create_and_listed_with_its_twin()
    {
        using var author = await As("chengxiang", "townadmin");
        var category = await author.CreateCategoryAsync(Unique("城厢 重复"));
        var marker = Guid.NewGuid().ToString("N")[..8];
        var first = await author.CreateQuestionAsync(SingleChoice(category.Id, $"<p>下列哪项<b>正确</b>？{marker}</p>"));
        Assert.Empty(first.Duplicates);
        var second = await author.CreateQuestionAsync(SingleChoice(category.Id, $"下列哪项 正确? {marker.ToUpperInvariant()}"));
        Assert.Equal([first.Id], second.Duplicates.Select(d => d.Id));

        var groups = (await author.GetJsonAsync<PagedDocument<DuplicateGroupDocument>>($"{Api}/questions/duplicates?pageSize=200"))!;
        Assert.Contains(groups.Items, g => g.Questions.Select(q => q.Id).Order().SequenceEqual(new[] { first.Id, second.Id }.Order()));
    }

    [Fact]
    public async Task The_bank_pages_render_for_the_bureau_and_a_town()
    {
        using var bureau = await As(null, "admin");
        var category = await bureau.CreateCategoryAsync(Unique("市局 页面"));
        var question = await bureau.CreateQuestionAsync(SingleChoice(category.Id, Unique("市局 页面题")));
        foreach (var (town, user) in new[] { ((string?)null, "admin"), ("chengxiang", "townadmin") })
        {
            using var client = await As(town, user);
            foreach (var page in new[] { "/Exams/Questions", $"/Exams/Questions?categoryId={category.Id}&kind=SingleChoice", "/Exams/Questions/Edit",
                         $"/Exams/Questions/Edit?id={question.Id}", "/Exams/Questions/Categories", "/Exams/Questions/Import", "/Exams/Questions/Duplicates" })
            {
                var response = await client.Http.GetAsync(page);
                Assert.True(response.StatusCode == HttpStatusCode.OK, $"{page} as {user}@{town}: {(int)response.StatusCode}");
            }
            var edit = await client.Http.GetStringAsync($"/Exams/Questions/Edit?id={question.Id}");
            Assert.Equal(town is not null, edit.Contains("data-testid=\"read-only\"", StringComparison.Ordinal));
        }
        using var employee = await As("chengxiang", "employee");
        Assert.NotEqual(HttpStatusCode.OK, (await employee.Http.GetAsync("/Exams/Questions")).StatusCode);
    }
}

public sealed class QuestionBankTestsOnSqlite(SqlitePortalFactory factory) : QuestionBankTests<SqlitePortalFactory>(factory);

public sealed class QuestionBankTestsOnMariaDb(MariaDbPortalFactory factory) : QuestionBankTests<MariaDbPortalFactory>(factory);

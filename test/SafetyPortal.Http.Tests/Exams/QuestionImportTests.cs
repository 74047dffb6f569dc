using System.Net;
using System.Text;
using MiniExcelLibs;
using SafetyPortal.Http.Tests.Infrastructure;
using static SafetyPortal.Http.Tests.Exams.ExamsClient;

namespace SafetyPortal.Http.Tests.Exams;

/// <summary>Importing Moodle XML (Moodle's own fixtures), GIFT, Aiken and Excel: bad questions rejected with reasons, good ones stored; export round-trips.</summary>
public abstract class QuestionImportTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory
{
    private Task<PortalClient> As(string? town, string user) => factory.CreatePortalClient().SignedInAsync(town, user);

    private static async Task<List<CategoryDocument>> CategoriesAsync(PortalClient client) =>
        (await client.GetJsonAsync<List<CategoryDocument>>($"{Api}/categories"))!;

    [Fact]
    public async Task Moodle_categories_become_a_tree_and_an_essay_is_rejected_as_unsupported()
    {
        using var author = await As("chengxiang", "townadmin");
        var root = await author.CreateCategoryAsync(Unique("城厢 Moodle"));
        var result = await author.ImportOkAsync("moodlexml", "nested.xml", Fixture("nested_categories_with_questions.xml"), root.Id);

        Assert.Equal(4, result.Accepted);
        var essay = Assert.Single(result.Rejected);
        Assert.Equal((2, "Kappa Essay Question"), (essay.Index, essay.Name));
        Assert.Contains("essay", essay.Reason, StringComparison.Ordinal);
        var tree = await CategoriesAsync(author);
        var iota = Assert.Single(tree, c => c.ParentId == root.Id);
        Assert.Equal(("Iota", "This is Iota category for test"), (iota.Name, iota.Description));
        var kappa = Assert.Single(tree, c => c.ParentId == iota.Id && c.Name == "Kappa");
        Assert.Single(tree, c => c.ParentId == kappa.Id && c.Name == "Lambda");
        Assert.Equal(["Iota Question", "Kappa Question", "Lambda Question", "Mu Question"],
            (await author.ListAsync($"categoryId={root.Id}")).Items.Select(q => q.Name).Order());
        Assert.All((await author.ListAsync($"categoryId={root.Id}")).Items, q => Assert.Equal("TrueFalse", q.Kind));
    }

    [Fact]
    public async Task Every_moodle_fixture_imports_without_a_server_error_and_invalid_grades_are_rejected()
    {
        using var author = await As("shaxi", "townadmin");
        var root = await author.CreateCategoryAsync(Unique("沙溪 Moodle"));
        foreach (var name in Codes("category_with_description.xml", "export_category.xml", "html_chars_in_idnumbers.xml", "nested_categories.xml"))
        {
            Assert.Equal(1, (await author.ImportOkAsync("moodlexml", name, Fixture(name), root.Id)).Accepted);
        }
        var invalid = await author.ImportOkAsync("moodlexml", "grades.xml", Fixture("error_invalid_grades.xml"), root.Id);
        Assert.Equal(0, invalid.Accepted);
        Assert.Contains("99.66666", Assert.Single(invalid.Rejected).Reason, StringComparison.Ordinal);
        Assert.Equal(4, (await author.ListAsync($"categoryId={root.Id}")).TotalCount);
        Assert.Contains((await CategoriesAsync(author)), c => c.Name == "Zeta");
    }

    [Fact]
    public async Task A_file_that_is_not_xml_is_a_clear_400_and_stores_nothing()
    {
        using var author = await As("chengxiang", "townadmin");
        var root = await author.CreateCategoryAsync(Unique("城厢 坏文件"));
        var problem = await RefusedAsync(await author.ImportAsync("moodlexml", "broken.xml", Encoding.UTF8.GetBytes("PK\u0003\u0004 not xml <quiz"), root.Id));
        Assert.Contains("file", problem.Errors!.Keys);
        Assert.Contains("format", (await RefusedAsync(await author.ImportAsync("csv", "x.csv", [1, 2, 3], root.Id))).Errors!.Keys);
        Assert.Equal(0, (await author.ListAsync($"categoryId={root.Id}")).TotalCount);
    }

    [Fact]
    public async Task Gift_and_aiken_files_keep_the_good_questions_and_reject_the_bad_with_their_reasons()
    {
        using var author = await As("chengxiang", "townadmin");
        var root = await author.CreateCategoryAsync(Unique("城厢 GIFT"));
        const string gift = """
            ::好题一::安全帽的作用是{=防护头部 ~装饰}

            ::未闭合::答案块没有闭合 {=甲 ~乙

            ::无正确答案::下面哪个对？{~甲 ~乙}

            ::好题二::动火需要审批。{T}
            """;
        var result = await author.ImportOkAsync("gift", "bank.gift", Encoding.UTF8.GetBytes(gift), root.Id);
        Assert.Equal(2, result.Accepted);
        Assert.Equal([(2, "未闭合"), (3, "无正确答案")], result.Rejected.Select(r => (r.Index, r.Name)));
        Assert.Equal(["好题一", "好题二"], (await author.ListAsync($"categoryId={root.Id}")).Items.Select(q => q.Name).Order());

        const string aiken = "哪项正确？\nA. 甲\nB. 乙\nANSWER: A\n\n缺少答案行\nA. 甲\nB. 乙\n\n第三题\nA. 丙\nB. 丁\nANSWER: B\n";
        var aikenResult = await author.ImportOkAsync("aiken", "bank.txt", Encoding.UTF8.GetBytes(aiken), root.Id);
        Assert.Equal(2, aikenResult.Accepted);
        Assert.Equal((2, "缺少答案行"), (Assert.Single(aikenResult.Rejected).Index, aikenResult.Rejected[0].Name));
        Assert.Contains("ANSWER", aikenResult.Rejected[0].Reason, StringComparison.Ordinal);
        Assert.Equal(4, (await author.ListAsync($"categoryId={root.Id}")).TotalCount);
    }

    [Fact]
    public async Task The_excel_template_imports_its_examples_and_a_row_without_a_valid_answer_is_rejected()
    {
        using var author = await As("shaxi", "townadmin");
        var root = await author.CreateCategoryAsync(Unique("沙溪 Excel"));
        var template = await author.Http.GetByteArrayAsync($"{Api}/questions/template");
        var rows = (await new MemoryStream(template).QueryAsync(useHeaderRow: false)).Cast<IDictionary<string, object?>>().ToList();
        var headers = rows[0].Values.Select(v => v?.ToString() ?? "").ToList();
        var data = rows.Skip(1).Select(r => r.Values.ToArray()).ToList();
        var bad = data[0].ToArray();
        bad[headers.IndexOf("答案")] = "Z";
        bad[headers.IndexOf("题干")] = "答案不是选项的题";
        data.Add(bad);
        var workbook = ImportClient.Workbook(headers, [.. data]);

        var result = await author.ImportOkAsync("xlsx", "bank.xlsx", workbook, root.Id);

        Assert.Equal(4, result.Accepted);
        Assert.Equal(6, Assert.Single(result.Rejected).Index);
        var kinds = (await author.ListAsync($"categoryId={root.Id}")).Items.Select(q => q.Kind).Order();
        Assert.Equal(["FillInBlank", "MultipleChoice", "SingleChoice", "TrueFalse"], kinds);
    }

    [Fact]
    public async Task An_export_imported_again_gives_the_same_questions()
    {
        using var author = await As("chengxiang", "townadmin");
        var source = await author.CreateCategoryAsync(Unique("城厢 导出"));
        var sub = await author.CreateCategoryAsync("子类", source.Id);
        await author.CreateQuestionAsync(new
        {
            categoryId = sub.Id, kind = "MultipleChoice", stem = "<p>选出<b>所有</b>正确项</p>", explanation = "<p>解析</p>", difficulty = 5, defaultPoints = 2.5,
            keySites = "CombustibleDust", riskCategories = Codes("FC-01"), industries = Codes("C33"), positions = Codes("电工"),
            options = new[] { new { text = "甲", isCorrect = true, fraction = 40m }, new { text = "乙", isCorrect = true, fraction = 60m }, new { text = "丙", isCorrect = false, fraction = -50m } },
        });
        await author.CreateQuestionAsync(new { categoryId = source.Id, kind = "FillInBlank", stem = "<p>{{1}} 和 {{2}}</p>",
            blanks = new[] { new { acceptedAnswers = Codes("119", "一一九"), caseSensitive = false }, new { acceptedAnswers = Codes("120"), caseSensitive = true } } });
        await author.CreateQuestionAsync(new { categoryId = source.Id, kind = "TrueFalse", stem = "<p>对吗</p>",
            options = new[] { new { text = "正确", isCorrect = false }, new { text = "错误", isCorrect = true } } });
        await author.CreateQuestionAsync(SingleChoice(source.Id, "<p>单选 &amp; 特殊字符 &lt;</p>"));

        var export = await author.Http.GetByteArrayAsync($"{Api}/questions/export?format=moodlexml&categoryId={source.Id}");
        var target = await author.CreateCategoryAsync(Unique("城厢 再导入"));
        var result = await author.ImportOkAsync("moodlexml", "export.xml", export, target.Id);

        Assert.Equal((4, 0), (result.Accepted, result.Rejected.Count));
        Assert.Equal(4, result.Duplicates.Count);
        var copy = Assert.Single(await CategoriesAsync(author), c => c.ParentId == target.Id);
        Assert.Equal(source.Name, copy.Name);
        Assert.Equal(await SnapshotAsync(author, source.Id), await SnapshotAsync(author, copy.Id));
    }

    [Fact]
    public async Task An_excel_export_reads_back_as_the_same_plain_questions()
    {
        using var author = await As("shaxi", "townadmin");
        var source = await author.CreateCategoryAsync(Unique("沙溪 Excel 导出"));
        await author.CreateQuestionAsync(new { categoryId = source.Id, kind = "FillInBlank", stem = "火警 {{1}} 急救 {{2}}", difficulty = 1, positions = Codes("电工", "焊工"),
            blanks = new[] { new { acceptedAnswers = Codes("119", "一一九") }, new { acceptedAnswers = Codes("120") } } });
        await author.CreateQuestionAsync(new { categoryId = source.Id, kind = "TrueFalse", stem = "监护人必须在场", explanation = "规定",
            options = new[] { new { text = "正确", isCorrect = true }, new { text = "错误", isCorrect = false } } });
        await author.CreateQuestionAsync(new { categoryId = source.Id, kind = "MultipleChoice", stem = "选两项", defaultPoints = 2,
            options = new[] { new { text = "甲", isCorrect = true }, new { text = "乙", isCorrect = false }, new { text = "丙", isCorrect = true } } });

        var workbook = await author.Http.GetByteArrayAsync($"{Api}/questions/export?format=xlsx&categoryId={source.Id}");
        var target = await author.CreateCategoryAsync(Unique("沙溪 Excel 再导入"));
        var result = await author.ImportOkAsync("xlsx", "questions.xlsx", workbook, target.Id);

        Assert.Equal((3, 0), (result.Accepted, result.Rejected.Count));
        var copy = Assert.Single(await CategoriesAsync(author), c => c.ParentId == target.Id);
        Assert.Equal(await SnapshotAsync(author, source.Id), await SnapshotAsync(author, copy.Id));
    }

    /// <summary>Everything a question says, by relative category path, for comparing two subtrees.</summary>
    private static async Task<List<string>> SnapshotAsync(PortalClient client, Guid root)
    {
        var tree = await CategoriesAsync(client);
        string Path(Guid id) => id == root ? "" : Path(tree.Single(c => c.Id == id).ParentId!.Value) + "/" + tree.Single(c => c.Id == id).Name;
        var snapshot = new List<string>();
        foreach (var row in (await client.ListAsync($"categoryId={root}")).Items)
        {
            var q = (await client.GetJsonAsync<QuestionDocument>($"{Api}/questions/{row.Id}"))!;
            snapshot.Add(string.Join(" | ", Path(q.CategoryId), q.Kind, q.Name, q.Stem, q.Explanation, q.Difficulty, q.DefaultPoints, q.KeySites,
                string.Join(";", q.Options.Select(o => $"{o.Text}/{o.IsCorrect}/{o.Fraction:0.#####}/{o.Feedback}")),
                string.Join(";", q.Blanks.Select(b => $"{b.Index}:{string.Join(",", b.AcceptedAnswers)}:{b.CaseSensitive}")),
                string.Join(",", q.Tags.RiskCategories), string.Join(",", q.Tags.Industries), string.Join(",", q.Tags.Positions)));
        }
        snapshot.Sort(StringComparer.Ordinal);
        return snapshot;
    }
}

public sealed class QuestionImportTestsOnSqlite(SqlitePortalFactory factory) : QuestionImportTests<SqlitePortalFactory>(factory);

public sealed class QuestionImportTestsOnMariaDb(MariaDbPortalFactory factory) : QuestionImportTests<MariaDbPortalFactory>(factory);

using System.Net;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Practice;
using SafetyPortal.Http.Tests.ExamAttempts;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamPractice;

/// <summary>练习 and 错题本: questions without answers until answered, instant feedback, mistakes from practice and exams, mastering.</summary>
public abstract class PracticeTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";

    private Task<PortalClient> SignedInAsync(string userName, string town = Town) => factory.CreatePortalClient().SignedInAsync(town, userName);

    /// <summary>A fresh category of the town with single-choice questions whose correct option is "B" and whose explanation is 解析.</summary>
    private async Task<(Guid CategoryId, Guid[] QuestionIds)> BankAsync(int count, string town = Town)
    {
        using var admin = await SignedInAsync("townadmin", town);
        var category = await admin.CategoryAsync($"练习 {Guid.NewGuid():N}");
        var ids = new Guid[count];
        for (var i = 0; i < count; i++)
        {
            ids[i] = await admin.QuestionAsync(category, SingleChoice(category, $"<p>练习题 {i} {Guid.NewGuid():N}</p>"));
        }
        return (category, ids);
    }

    /// <summary>Starts and submits the exam of one question with the answer given.</summary>
    private static async Task<Guid> SitAsync(PortalClient employee, Guid examId, string answer)
    {
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, answer));
        await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        return attempt.Id;
    }

    private async Task<(Guid ExamId, Guid QuestionId)> OneQuestionExamAsync(ReviewPolicy review)
    {
        var (_, questions) = await BankAsync(1);
        using var admin = await SignedInAsync("townadmin");
        var paper = await admin.PaperAsync(new { title = "错题试卷", kind = "Fixed", questions = new[] { new { questionId = questions[0], points = 2 } } });
        var exam = await admin.PublishedExamAsync(paper.Id, factory.Clock.UtcNow, review: review);
        return (exam.Id, questions[0]);
    }

    [Fact]
    public async Task Practice_never_sends_the_correct_answers_before_the_question_is_answered()
    {
        var (category, questions) = await BankAsync(3);
        using var employee = await SignedInAsync("employee");
        var response = await employee.DrawAsync(new { categoryId = category, count = 5 });
        var raw = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain("isCorrect", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("fraction", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("解析", raw, StringComparison.Ordinal);
        var drawn = JsonSerializer.Deserialize<List<PracticeQuestionDto>>(raw, Json)!;
        Assert.Equal(questions.Order(), drawn.Select(q => q.Id).Order());
        Assert.All(drawn, q => Assert.Equal(["选项0", "选项1", "选项2"], q.Options));
    }

    [Fact]
    public async Task A_wrong_practice_answer_shows_the_explanation_and_lands_in_the_mistake_book()
    {
        var (_, questions) = await BankAsync(2);
        using var employee = await SignedInAsync("employee");
        var wrong = await employee.PractiseOkAsync(questions[0], "A");
        Assert.False(wrong.Correct);
        Assert.Equal(["B"], wrong.CorrectAnswer);
        Assert.Contains("解析", wrong.Explanation, StringComparison.Ordinal);
        Assert.True(wrong.InMistakeBook);
        var right = await employee.PractiseOkAsync(questions[1], "B");
        Assert.True(right.Correct);
        Assert.False(right.InMistakeBook);

        var entry = await employee.MistakeAsync(questions[0]);
        Assert.NotNull(entry);
        Assert.Equal((1, MistakeSource.Practice, false), (entry.WrongCount, entry.Source, entry.Mastered));
        Assert.Null(await employee.MistakeAsync(questions[1]));
        var stats = await OkAsync<PracticeStatsDto>(await employee.Http.GetAsync($"{Api}/practice/stats"));
        Assert.True(stats.Answered >= 2 && stats.Correct >= 1, $"{stats}");

        var fromBook = await OkAsync<List<PracticeQuestionDto>>(await employee.DrawAsync(new { mistakes = true, count = 50 }));
        Assert.Contains(fromBook, q => q.Id == questions[0]);
        Assert.DoesNotContain(fromBook, q => q.Id == questions[1]);
    }

    [Fact]
    public async Task Answering_a_mistake_right_twice_in_a_row_masters_it_and_a_new_mistake_reopens_it()
    {
        var (_, questions) = await BankAsync(1);
        var question = questions[0];
        using var employee = await SignedInAsync("employee");
        await employee.PractiseOkAsync(question, "C");
        var once = await employee.PractiseOkAsync(question, "B");
        Assert.Equal((1, false), (once.CorrectRun, once.Mastered));
        await employee.PractiseOkAsync(question, "A");
        Assert.False((await employee.PractiseOkAsync(question, "B")).Mastered);
        var twice = await employee.PractiseOkAsync(question, "B");
        Assert.Equal((2, true), (twice.CorrectRun, twice.Mastered));

        Assert.Contains((await employee.MistakesAsync("mastered=true")).Items, m => m.QuestionId == question);
        Assert.DoesNotContain((await employee.MistakesAsync("mastered=false")).Items, m => m.QuestionId == question);
        var open = await OkAsync<List<PracticeQuestionDto>>(await employee.DrawAsync(new { mistakes = true, count = 50 }));
        Assert.DoesNotContain(open, q => q.Id == question);

        Assert.Equal(HttpStatusCode.NoContent, (await employee.Http.DeleteAsync($"{Api}/mistakes/{question}")).StatusCode);
        Assert.Null(await employee.MistakeAsync(question));
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.DeleteAsync($"{Api}/mistakes/{question}")).StatusCode);
    }

    [Fact]
    public async Task A_wrong_exam_answer_lands_in_the_book_at_once_when_the_review_shows_correct_answers_immediately()
    {
        var (examId, question) = await OneQuestionExamAsync(ReviewPolicy.Immediately);
        using var employee = await SignedInAsync("employee");
        await SitAsync(employee, examId, "A");
        var entry = await employee.MistakeAsync(question);
        Assert.NotNull(entry);
        Assert.Equal((MistakeSource.Exam, examId, "安全知识考试"), (entry.Source, entry.ExamId, entry.ExamTitle));
    }

    [Fact]
    public async Task A_wrong_exam_answer_stays_out_of_the_book_until_the_exam_closes_when_the_review_waits_for_the_close()
    {
        var (examId, question) = await OneQuestionExamAsync(ReviewPolicy.AfterClose);
        var (neverExamId, neverQuestion) = await OneQuestionExamAsync(ReviewPolicy.Never);
        using var employee = await SignedInAsync("employee");
        await SitAsync(employee, examId, "C");
        await SitAsync(employee, neverExamId, "C");
        Assert.Null(await employee.MistakeAsync(question));
        var fromBook = await OkAsync<List<PracticeQuestionDto>>(await employee.DrawAsync(new { mistakes = true, count = 50 }));
        Assert.DoesNotContain(fromBook, q => q.Id == question);

        factory.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(MistakeSource.Exam, (await employee.MistakeAsync(question))?.Source);
        Assert.Null(await employee.MistakeAsync(neverQuestion));
    }

    [Fact]
    public async Task Recording_an_attempts_mistakes_twice_at_once_counts_it_once()
    {
        var (examId, question) = await OneQuestionExamAsync(ReviewPolicy.Immediately);
        using var employee = await SignedInAsync("employee");
        var attemptId = await SitAsync(employee, examId, "A");
        await using (var first = factory.Services.CreateAsyncScope())
        await using (var second = factory.Services.CreateAsyncScope())
        {
            // The node's worker may be at it too: whoever claims the attempt first records it, the others skip it.
            await Task.WhenAll(first.ServiceProvider.GetRequiredService<ExamMistakes>().RecordPendingAsync(null, CancellationToken.None),
                second.ServiceProvider.GetRequiredService<ExamMistakes>().RecordPendingAsync(null, CancellationToken.None));
            await first.ServiceProvider.GetRequiredService<ExamMistakes>().RecordPendingAsync(null, CancellationToken.None);
            var db = first.ServiceProvider.GetRequiredService<PortalDbContext>();
            var attempt = await db.Set<Attempt>().IgnoreQueryFilters().AsNoTracking().FirstAsync(a => a.Id == attemptId);
            Assert.NotNull(attempt.MistakesRecordedAt);
            var entry = await db.Set<MistakeBookEntry>().IgnoreQueryFilters().AsNoTracking().SingleAsync(m => m.QuestionId == question);
            Assert.Equal(attempt.TenantId, entry.TenantId);
            Assert.NotNull(entry.TenantId);
        }
        Assert.Equal(1, (await employee.MistakeAsync(question))?.WrongCount);
    }

    [Fact]
    public async Task The_worker_puts_a_submitted_attempts_mistakes_in_the_book_without_anyone_reading_it()
    {
        var (examId, question) = await OneQuestionExamAsync(ReviewPolicy.Immediately);
        using var employee = await SignedInAsync("employee");
        var attemptId = await SitAsync(employee, examId, "A");
        var deadline = DateTime.UtcNow.AddSeconds(30);
        MistakeBookEntry? entry = null;
        while (entry is null && DateTime.UtcNow < deadline)
        {
            await Task.Delay(100);
            await using var scope = factory.Services.CreateAsyncScope();
            entry = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<MistakeBookEntry>().IgnoreQueryFilters().AsNoTracking()
                .SingleOrDefaultAsync(m => m.QuestionId == question);
        }
        Assert.NotNull(entry);
        Assert.Equal((1, MistakeSource.Exam, examId), (entry.WrongCount, entry.Source, entry.ExamId));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var attempt = await scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<Attempt>().IgnoreQueryFilters().AsNoTracking()
                .FirstAsync(a => a.Id == attemptId);
            Assert.NotNull(attempt.MistakesRecordedAt);
        }
    }

    [Fact]
    public async Task Another_towns_question_is_not_found_and_bad_input_names_the_field()
    {
        var (shaxiCategory, shaxiQuestions) = await BankAsync(1, "shaxi");
        using var employee = await SignedInAsync("employee");
        Assert.Equal(HttpStatusCode.NotFound, (await employee.PractiseAsync(shaxiQuestions[0], "B")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await employee.Http.DeleteAsync($"{Api}/mistakes/{shaxiQuestions[0]}")).StatusCode);
        Assert.Contains("categoryId", await PracticeClient.RefusedFieldsAsync(await employee.DrawAsync(new { categoryId = shaxiCategory })));
        Assert.Contains("categoryId", await PracticeClient.RefusedFieldsAsync(await employee.Http.GetAsync($"{Api}/mistakes?categoryId={shaxiCategory}")));
        Assert.Contains("count", await PracticeClient.RefusedFieldsAsync(await employee.DrawAsync(new { count = 51 })));
        Assert.Contains("count", await PracticeClient.RefusedFieldsAsync(await employee.DrawAsync(new { count = 0 })));

        var (_, mine) = await BankAsync(1);
        Assert.Contains("answer", await PracticeClient.RefusedFieldsAsync(await employee.PractiseAsync(mine[0], "Z")));
        Assert.Contains("answer", await PracticeClient.RefusedFieldsAsync(await employee.PractiseAsync(mine[0], "A", "B")));
        Assert.Null(await employee.MistakeAsync(mine[0]));
    }

    [Fact]
    public async Task Practising_my_enterprises_risks_draws_questions_of_the_risk_categories_in_its_register()
    {
        using var admin = await SignedInAsync("townadmin");
        var category = await admin.CategoryAsync($"风险练习 {Guid.NewGuid():N}");
        // The demo enterprise's register has risk points of category PM-001 (modules/Risks/Seeding/demo-risks.json).
        var mine = await admin.QuestionAsync(category, SingleChoice(category, $"<p>起重机械 {Guid.NewGuid():N}</p>", riskCategory: "PM-001"));
        var other = await admin.QuestionAsync(category, SingleChoice(category, $"<p>别的 {Guid.NewGuid():N}</p>", riskCategory: "ZZ-999"));
        using var employee = await SignedInAsync("employee");
        var drawn = await OkAsync<List<PracticeQuestionDto>>(await employee.DrawAsync(new { myRisks = true, categoryId = category }));
        Assert.Contains(drawn, q => q.Id == mine);
        Assert.DoesNotContain(drawn, q => q.Id == other);
    }

    [Fact]
    public async Task An_articles_quiz_draws_only_questions_of_the_risk_categories_it_names()
    {
        using var admin = await SignedInAsync("townadmin");
        var category = await admin.CategoryAsync($"文章测验 {Guid.NewGuid():N}");
        var code = $"AQ-{Random.Shared.Next(100_000):D5}";
        var tagged = await admin.QuestionAsync(category, SingleChoice(category, $"<p>有限空间 {Guid.NewGuid():N}</p>", riskCategory: code));
        var other = await admin.QuestionAsync(category, SingleChoice(category, $"<p>别的 {Guid.NewGuid():N}</p>", riskCategory: "ZZ-999"));
        using var employee = await SignedInAsync("employee");

        var drawn = await OkAsync<List<PracticeQuestionDto>>(await employee.DrawAsync(new { riskCategoryCodes = new[] { code }, count = 5 }));

        Assert.Equal([tagged], drawn.Select(q => q.Id));
        Assert.DoesNotContain(drawn, q => q.Id == other);
        Assert.Contains("riskCategoryCodes", await PracticeClient.RefusedFieldsAsync(await employee.DrawAsync(
            new { riskCategoryCodes = Enumerable.Range(0, PracticeSettings.MaxRiskCategoryCodes + 1).Select(i => $"C{i}").ToArray() })));
    }

    [Fact]
    public async Task The_practice_and_mistake_book_pages_show_an_employee_their_mistakes_and_the_way_to_practise_them()
    {
        using var employee = await SignedInAsync("manager");
        var empty = await employee.Http.GetStringAsync("/Exams/Mistakes");
        Assert.Contains("data-testid=\"empty\"", empty, StringComparison.Ordinal);
        var practice = await employee.Http.GetStringAsync("/Exams/Practice");
        Assert.Contains("开始练习", practice, StringComparison.Ordinal);
        Assert.Contains("practice.js", practice, StringComparison.Ordinal);

        var (category, questions) = await BankAsync(1);
        await employee.PractiseOkAsync(questions[0], "A");
        var book = await employee.Http.GetStringAsync($"/Exams/Mistakes?categoryId={category}&mastered=false");
        Assert.Contains($"data-mistake=\"{questions[0]}\"", book, StringComparison.Ordinal);
        Assert.Contains("/Exams/Practice?source=mistakes&amp;start=true", book, StringComparison.Ordinal);
        Assert.Contains("未掌握 1", book, StringComparison.Ordinal);
    }
}

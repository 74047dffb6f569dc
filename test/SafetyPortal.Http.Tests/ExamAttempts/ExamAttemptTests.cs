using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Http.Tests.Infrastructure;
using SafetyPortal.Platform.Data;
using static SafetyPortal.Http.Tests.ExamAttempts.ExamClient;

namespace SafetyPortal.Http.Tests.ExamAttempts;

/// <summary>答卷: answers saved one by one and never lost or doubled, the server's clock and deadline, grading from the snapshot.</summary>
public abstract class ExamAttemptTests<TFactory>(TFactory factory) : IClassFixture<TFactory> where TFactory : PortalFactory, IExamFactory
{
    private const string Town = "chengxiang";

    private Task<PortalClient> SignedInAsync(string userName, string town = Town) => factory.CreatePortalClient().SignedInAsync(town, userName);

    private async Task<(Guid ExamId, Guid[] QuestionIds)> ExamAsync(int minutes = 30, int? leavePageLimit = null)
    {
        using var admin = await SignedInAsync("townadmin");
        return await admin.ThreeQuestionExamAsync(factory.Clock.UtcNow, minutes, leavePageLimit);
    }

    /// <summary>The town administrator rewrites a single-choice question: the stem given, options 新甲 (right) and 新乙.</summary>
    private async Task EditAsync(Guid questionId, string stem)
    {
        using var admin = await SignedInAsync("townadmin");
        var question = await admin.GetJsonAsync<JsonElement>($"{Api}/questions/{questionId}");
        var edited = await admin.Http.PutAsJsonAsync($"{Api}/questions/{questionId}", new
        {
            categoryId = question.GetProperty("categoryId").GetGuid(), kind = "SingleChoice", stem,
            options = new[] { new { text = "新甲", isCorrect = true }, new { text = "新乙", isCorrect = false } },
            concurrencyStamp = question.GetProperty("concurrencyStamp").GetString(),
        });
        Assert.True(edited.IsSuccessStatusCode, await edited.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_candidate_starts_answers_resumes_and_submits_and_is_graded_from_the_snapshot()
    {
        var (examId, questions) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var started = await employee.StartAsync(examId);
        var raw = await started.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.Created, started.StatusCode);
        Assert.DoesNotContain("isCorrect", raw, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("解析", raw, StringComparison.Ordinal);
        var attempt = JsonSerializer.Deserialize<AttemptDto>(raw, Json)!;
        Assert.All(attempt.Questions, q => Assert.Null(q.Review));
        Assert.Equal(attempt.StartedAt.AddMinutes(30), attempt.Deadline);

        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, "B"));
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 2, 2, "C", "A"));
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 3, 3, " 通风 "));

        await EditAsync(questions[0], "<p>改过的题干</p>");

        var resumed = await employee.AttemptAsync(attempt.Id);
        Assert.Equal(attempt.Questions[0].Stem, resumed.Questions[0].Stem);
        Assert.Equal(["B"], resumed.Questions[0].Answer);
        Assert.Equal(["C", "A"], resumed.Questions[1].Answer);
        Assert.Equal(3, resumed.Questions[2].Sequence);
        Assert.Equal(attempt.Id, (await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created)).Id);

        var submitted = await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        Assert.Equal((AttemptStatus.Submitted, 6m, true), (submitted.Status, submitted.Score!.Value, submitted.Passed!.Value));
        Assert.Equal(["B"], submitted.Questions[0].Review!.CorrectAnswer);
        var again = await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        Assert.Equal((submitted.Score, submitted.SubmittedAt), (again.Score, again.SubmittedAt));

        var mine = await OkAsync<List<MyExamDto>>(await employee.Http.GetAsync($"{Api}/my"));
        var row = Assert.Single(mine, e => e.ExamId == examId);
        Assert.Equal((6m, true, false), (row.Grade, row.Passed, row.CanStart));
    }

    [Fact]
    public async Task An_attempt_started_after_a_question_was_edited_copies_the_edited_question()
    {
        var (examId, questions) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var before = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await EditAsync(questions[0], "<p>开考后改过的题干</p>");

        using var manager = await SignedInAsync("manager");
        var after = await OkAsync<AttemptDto>(await manager.StartAsync(examId), HttpStatusCode.Created);

        Assert.DoesNotContain("开考后改过的题干", before.Questions[0].Stem, StringComparison.Ordinal);
        Assert.Contains("开考后改过的题干", after.Questions[0].Stem, StringComparison.Ordinal);
        Assert.Equal(2, after.Questions[0].Options.Count);
    }

    [Fact]
    public async Task Starting_from_two_tabs_at_once_gives_both_the_same_attempt()
    {
        var (examId, _) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var starts = await Task.WhenAll(Enumerable.Range(0, 4).Select(_ => employee.StartAsync(examId)));
        Assert.All(starts, r => Assert.True(r.IsSuccessStatusCode, $"{(int)r.StatusCode}"));
        var ids = new HashSet<Guid>();
        foreach (var response in starts)
        {
            using var body = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
            ids.Add(body.RootElement.GetProperty("id").GetGuid());
        }
        Assert.Single(ids);
    }

    [Fact]
    public async Task A_repeated_or_older_answer_changes_nothing()
    {
        var (examId, _) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        var first = await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 5, "A"));
        Assert.Equal(5, first.Sequence);
        var older = await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 4, "C"));
        var repeated = await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 5, "B"));
        Assert.Equal((5L, "A"), (older.Sequence, older.Answer[0]));
        Assert.Equal((5L, "A"), (repeated.Sequence, repeated.Answer[0]));
        var newer = await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 6, "B"));
        Assert.Equal("B", newer.Answer[0]);
        Assert.Equal(["B"], (await employee.AttemptAsync(attempt.Id)).Questions[0].Answer);
    }

    [Fact]
    public async Task Answers_that_cannot_count_are_refused_and_nothing_is_stored()
    {
        var (examId, _) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        using var manager = await SignedInAsync("manager");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, "B"));

        Assert.Equal(HttpStatusCode.NotFound, (await employee.AnswerAsync(attempt.Id, 99, 2, "A")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.AnswerAsync(attempt.Id, 1, 9, "A")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await manager.Http.GetAsync($"{Api}/attempts/{attempt.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await employee.AnswerAsync(attempt.Id, 1, 9, "Z")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await employee.AnswerAsync(attempt.Id, 1, 9, "A", "B")).StatusCode);
        await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));
        var late = await employee.AnswerAsync(attempt.Id, 2, 10, "A");
        Assert.Equal(HttpStatusCode.Conflict, late.StatusCode);

        var stored = await employee.AttemptAsync(attempt.Id);
        Assert.Equal(["B"], stored.Questions[0].Answer);
        Assert.Equal(1, stored.Questions[0].Sequence);
        Assert.Empty(stored.Questions[1].Answer);
    }

    [Fact]
    public async Task At_the_deadline_late_answers_are_refused_and_the_sweep_grades_the_abandoned_attempt()
    {
        var (examId, _) = await ExamAsync(minutes: 20);
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, "B"));
        factory.Clock.Advance(TimeSpan.FromMinutes(21));

        Assert.Equal(HttpStatusCode.Conflict, (await employee.AnswerAsync(attempt.Id, 2, 2, "A", "C")).StatusCode);
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AttemptSweep>().SweepAsync(CancellationToken.None);
        }
        var graded = await employee.AttemptAsync(attempt.Id);
        Assert.Equal((AttemptStatus.Submitted, SubmitReason.Deadline), (graded.Status, graded.SubmitReason!.Value));
        Assert.Equal((1m, false), (graded.Score!.Value, graded.Passed!.Value));
        Assert.Equal(attempt.Deadline, graded.SubmittedAt);
        Assert.Empty(graded.Questions[1].Answer);
    }

    [Fact]
    public async Task An_answer_that_raced_the_submit_is_refused_rather_than_stored_ungraded()
    {
        var (examId, _) = await ExamAsync(minutes: 20);
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await using var answering = factory.Services.CreateAsyncScope();
        var db = answering.ServiceProvider.GetRequiredService<PortalDbContext>();
        // The answer has read its question while the attempt was open ...
        var question = await db.Set<AttemptQuestion>().IgnoreQueryFilters().SingleAsync(q => q.AttemptId == attempt.Id && q.No == 2);
        question.AnswerJson = "[\"A\"]";
        question.AnswerSequence = 1;
        question.Revision++;
        // ... and the deadline sweep submits the attempt before the answer is written.
        factory.Clock.Advance(TimeSpan.FromMinutes(21));
        await using (var scope = factory.Services.CreateAsyncScope())
        {
            await scope.ServiceProvider.GetRequiredService<AttemptSweep>().SweepAsync(CancellationToken.None);
        }

        await Assert.ThrowsAsync<DbUpdateConcurrencyException>(() => db.SaveChangesAsync());
        var graded = await employee.AttemptAsync(attempt.Id);
        Assert.Equal(AttemptStatus.Submitted, graded.Status);
        Assert.Empty(graded.Questions[1].Answer);
    }

    [Fact]
    public async Task An_answer_saved_while_the_submit_was_grading_counts_in_the_grade()
    {
        var (examId, _) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        await OkAsync<SaveAnswerResultDto>(await employee.AnswerAsync(attempt.Id, 1, 1, "B"));
        // The submit has read the questions when the answer to question 3 (3 points, right) is stored, as a save racing it would.
        factory.Clock.AtNextReading(() =>
        {
            using var scope = factory.Services.CreateScope();
            scope.ServiceProvider.GetRequiredService<PortalDbContext>().Set<AttemptQuestion>().IgnoreQueryFilters()
                .Where(q => q.AttemptId == attempt.Id && q.No == 3)
                .ExecuteUpdate(set => set.SetProperty(q => q.AnswerJson, "[\"通风\"]").SetProperty(q => q.AnswerSequence, 2L)
                    .SetProperty(q => q.Revision, q => q.Revision + 1));
        });

        var submitted = await OkAsync<AttemptDto>(await employee.Http.PostAsync($"{Api}/attempts/{attempt.Id}/submit", null));

        Assert.Equal(4m, submitted.Score);
        Assert.Equal(["通风"], submitted.Questions[2].Answer);
        Assert.Equal(3m, submitted.Questions[2].Review!.Score);
    }

    [Fact]
    public async Task One_sweep_grades_every_abandoned_attempt_and_a_second_finds_nothing_left()
    {
        var (examId, _) = await ExamAsync(minutes: 20);
        var attempts = new List<Guid>();
        foreach (var userName in new[] { "employee", "principal", "manager" })
        {
            using var candidate = await SignedInAsync(userName);
            var attempt = await OkAsync<AttemptDto>(await candidate.StartAsync(examId), HttpStatusCode.Created);
            await OkAsync<SaveAnswerResultDto>(await candidate.AnswerAsync(attempt.Id, 1, 1, "B"));
            attempts.Add(attempt.Id);
        }
        factory.Clock.Advance(TimeSpan.FromMinutes(21));

        await using (var scope = factory.Services.CreateAsyncScope())
        {
            var sweep = scope.ServiceProvider.GetRequiredService<AttemptSweep>();
            Assert.True(await sweep.SweepAsync(CancellationToken.None) >= 3);
            Assert.Equal(0, await sweep.SweepAsync(CancellationToken.None));
        }
        using var admin = await SignedInAsync("townadmin");
        var statistics = (await admin.Http.GetFromJsonAsync<SafetyPortal.Exams.Statistics.ExamStatisticsDto>($"{Api}/results/{examId}", Json))!;
        Assert.Equal((3, 3, 0), (statistics.Candidates, statistics.Attempts, statistics.Passed));
    }

    [Fact]
    public async Task Leaving_the_page_as_often_as_the_exam_allows_submits_the_attempt()
    {
        var (examId, _) = await ExamAsync(leavePageLimit: 2);
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        var once = await OkAsync<AttemptDto>(await employee.Http.PostAsJsonAsync($"{Api}/attempts/{attempt.Id}/events", new { kind = "hidden" }));
        Assert.Equal((AttemptStatus.Open, 1), (once.Status, once.LeavePageCount));
        var twice = await OkAsync<AttemptDto>(await employee.Http.PostAsJsonAsync($"{Api}/attempts/{attempt.Id}/events", new { kind = "hidden" }));
        Assert.Equal((AttemptStatus.Submitted, SubmitReason.LeavePageLimit), (twice.Status, twice.SubmitReason!.Value));
    }

    [Fact]
    public async Task Another_towns_exam_and_attempt_are_not_found()
    {
        var (examId, _) = await ExamAsync();
        using var employee = await SignedInAsync("employee");
        var attempt = await OkAsync<AttemptDto>(await employee.StartAsync(examId), HttpStatusCode.Created);
        using var shaxiAdmin = await SignedInAsync("townadmin", "shaxi");
        using var shaxiEmployee = await SignedInAsync("employee", "shaxi");
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiAdmin.Http.GetAsync($"{Api}/exams/{examId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiEmployee.StartAsync(examId)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiEmployee.Http.GetAsync($"{Api}/attempts/{attempt.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await shaxiEmployee.AnswerAsync(attempt.Id, 1, 1, "A")).StatusCode);
    }
}

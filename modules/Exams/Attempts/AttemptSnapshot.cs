using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Fixes an attempt's questions at its start: the paper's questions (or a draw by its rules), shuffled if the exam says
/// so, each copied with its options in the shown order, so later edits of the bank never reach the attempt.
/// </summary>
public sealed class AttemptSnapshot(QuestionScope scope, PaperPools pools, ExamCandidate candidate, SnapshotQuestionCache cache)
{
    public async Task<List<AttemptQuestion>> TakeAsync(Exam exam, Paper paper, Attempt attempt, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        ArgumentNullException.ThrowIfNull(paper);
        ArgumentNullException.ThrowIfNull(attempt);
        var picks = await PickAsync(paper, cancellationToken);
        if (exam.ShuffleQuestions)
        {
            RuleDraw.Shuffle(picks, Random.Shared);
        }
        var questions = await QuestionsAsync(picks.Select(p => p.QuestionId), cancellationToken);
        return picks.Select((pick, i) => Copy(questions[pick.QuestionId], pick.Points, i + 1, exam.ShuffleOptions, attempt)).ToList();
    }

    /// <summary>The questions from the cache, those it lacks in one query.</summary>
    private async Task<Dictionary<Guid, Question>> QuestionsAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var generation = cache.Questions.Generation;
        var found = new Dictionary<Guid, Question>();
        var missing = new List<Guid>();
        foreach (var id in ids.Distinct())
        {
            if (cache.Questions.TryGet((scope.TenantId, id), generation, out var question))
            {
                found[id] = question;
            }
            else
            {
                missing.Add(id);
            }
        }
        if (missing.Count > 0)
        {
            var loaded = await scope.Questions().AsNoTracking().Include(q => q.Options).Include(q => q.Blanks).AsSplitQuery()
                .Where(q => missing.Contains(q.Id)).ToListAsync(cancellationToken);
            foreach (var question in loaded)
            {
                cache.Questions.Add((scope.TenantId, question.Id), question, generation);
                found[question.Id] = question;
            }
        }
        return found;
    }

    private async Task<List<(Guid QuestionId, decimal Points)>> PickAsync(Paper paper, CancellationToken cancellationToken)
    {
        if (paper.Kind == PaperKind.Fixed)
        {
            return paper.Questions.OrderBy(q => q.SortOrder).Select(q => (q.QuestionId, q.Points)).ToList();
        }
        var rules = paper.Rules.OrderBy(r => r.SortOrder).ToList();
        var profile = rules.Exists(r => r.Personalised) ? await candidate.ProfileAsync(cancellationToken) : null;
        // The pools come shuffled (a personalised one with the candidate's questions first), so the draw takes them in order.
        var draw = RuleDraw.Draw(await pools.PoolsAsync(rules, profile, Random.Shared, cancellationToken), [], random: null);
        if (!draw.Satisfied)
        {
            throw new InvalidOperationException($"Paper {paper.Id} can no longer be drawn.");
        }
        return rules.SelectMany((rule, i) => draw.Drawn[i].Select(id => (id, rule.Points))).ToList();
    }

    private static AttemptQuestion Copy(Question question, decimal points, int no, bool shuffleOptions, Attempt attempt)
    {
        var options = question.Options.OrderBy(o => o.SortOrder).Select(o => new SnapshotOption(o.Text, o.IsCorrect, o.Fraction)).ToList();
        if (shuffleOptions && question.Kind != QuestionKind.TrueFalse)
        {
            RuleDraw.Shuffle(options, Random.Shared);
        }
        var blanks = question.Blanks.OrderBy(b => b.Index).Select(b => new SnapshotBlank(b.AcceptedAnswers, b.CaseSensitive)).ToList();
        return new AttemptQuestion
        {
            TenantId = attempt.TenantId, AttemptId = attempt.Id, No = no, QuestionId = question.Id, QuestionVersion = question.Version,
            Kind = question.Kind, Stem = question.Stem, Explanation = question.Explanation, Points = points,
            OptionsJson = JsonSerializer.Serialize(options), BlanksJson = JsonSerializer.Serialize(blanks),
        };
    }
}

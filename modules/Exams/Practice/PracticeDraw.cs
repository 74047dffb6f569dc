using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// Draws live questions to practise from the bank as the user sees it (bureau's and the own town's, never retired):
/// by category subtree, by given risk categories, by the risk categories of the user's enterprise register and the
/// user's position (as the personalised paper rule does), or from the user's open mistakes; at random, without their answers.
/// </summary>
public sealed class PracticeDraw(QuestionScope scope, ManageCategories categories, ExamCandidate candidate, MistakeBook book, ExamClock clock,
    IStringLocalizer<ExamsResource> text)
{
    public async Task<IReadOnlyList<PracticeQuestionDto>> DrawAsync(PracticeRequest request, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(request);
        var count = request.Count ?? PracticeSettings.DefaultCount;
        if (count is < 1 or > PracticeSettings.MaxCount)
        {
            throw ValidationException.For("count", text["Practice.CountRange", PracticeSettings.MaxCount]);
        }
        if (request.Kind is { } kind && !Enum.IsDefined(kind))
        {
            throw ValidationException.For("kind", text["Practice.UnknownKind"]);
        }
        var tree = await categories.ReadTreeAsync(cancellationToken);
        var query = scope.Questions().Where(q => !q.IsRetired);
        if (request.CategoryId is { } categoryId)
        {
            var subtree = tree.KnownSubtree(categoryId, text["Practice.UnknownCategory"]).ToList();
            query = query.Where(q => subtree.Contains(q.CategoryId));
        }
        if (request.Kind is { } only)
        {
            query = query.Where(q => q.Kind == only);
        }
        if (request.RiskCategoryCodes is { Count: > 0 } given)
        {
            if (given.Count > PracticeSettings.MaxRiskCategoryCodes)
            {
                throw ValidationException.For("riskCategoryCodes", text["Practice.TooManyRiskCategories", PracticeSettings.MaxRiskCategoryCodes]);
            }
            query = RelatedQuestions.OnRiskCategories(query, [.. given.Distinct()]);
        }
        if (request.MyRisks)
        {
            var profile = await candidate.ProfileAsync(cancellationToken);
            var codes = profile.RiskCategoryCodes.ToList();
            var position = profile.Position ?? "";
            if (codes.Count == 0 && position.Length == 0)
            {
                return [];
            }
            query = query.Where(q => q.Tags.Any(t => (t.Kind == QuestionTagKind.RiskCategory && codes.Contains(t.Code))
                || (t.Kind == QuestionTagKind.Position && t.Code == position)));
        }
        if (request.Mistakes)
        {
            await book.CatchUpAsync(cancellationToken);
            var open = book.Shown(candidate.Id, clock.Now).Where(m => !m.IsMastered).Select(m => m.QuestionId);
            query = query.Where(q => open.Contains(q.Id));
        }
        var pool = await query.Select(q => q.Id).ToListAsync(cancellationToken);
        RuleDraw.Shuffle(pool, Random.Shared);
        var picked = pool.Take(count).ToList();
        var questions = await scope.Questions().AsNoTracking().Include(q => q.Options).Include(q => q.Blanks).AsSplitQuery()
            .Where(q => picked.Contains(q.Id)).ToDictionaryAsync(q => q.Id, cancellationToken);
        return picked.Select(id => questions[id]).Select(q => new PracticeQuestionDto(q.Id, q.Kind, q.Stem,
            q.Options.OrderBy(o => o.SortOrder).Select(o => o.Text).ToList(), q.Blanks.Count, tree.Find(q.CategoryId)?.Name ?? "")).ToList();
    }
}

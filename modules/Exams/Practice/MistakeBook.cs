using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Application;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// 错题本: the signed-in user's entries that may be shown now (an exam's only once its review shows correct answers),
/// of questions the user can still see, with paging, filters and counts; removing an entry. Each read first records the
/// user's submitted attempts whose mistakes the worker has not recorded yet (<see cref="CatchUpAsync"/>), so the book
/// right after a submit already holds that exam's mistakes.
/// </summary>
public sealed class MistakeBook(PortalDbContext db, QuestionScope scope, ManageCategories categories, ExamCandidate candidate, ExamClock clock,
    IStringLocalizer<ExamsResource> text, ExamMistakes examMistakes)
{
    private const int ExcerptLength = 120;

    /// <summary>The user's entries shown at this moment.</summary>
    public IQueryable<MistakeBookEntry> Shown(Guid userId, DateTime now) =>
        db.Set<MistakeBookEntry>().Where(m => m.UserId == userId && m.VisibleFrom != null && m.VisibleFrom <= now);

    /// <summary>Records the signed-in user's exam mistakes not recorded yet.</summary>
    public Task CatchUpAsync(CancellationToken cancellationToken) => examMistakes.CatchUpAsync(candidate.Id, cancellationToken);

    public async Task<PagedResult<MistakeDto>> ListAsync(PageRequest page, MistakeFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        ArgumentNullException.ThrowIfNull(filter);
        await CatchUpAsync(cancellationToken);
        var tree = await categories.ReadTreeAsync(cancellationToken);
        var rows = from m in Shown(candidate.Id, clock.Now).AsNoTracking()
                   join q in scope.Questions() on m.QuestionId equals q.Id
                   select new { Entry = m, q.Name, q.Stem, q.Kind, q.CategoryId };
        if (filter.CategoryId is { } categoryId)
        {
            var subtree = tree.KnownSubtree(categoryId, text["Practice.UnknownCategory"]).ToList();
            rows = rows.Where(r => subtree.Contains(r.CategoryId));
        }
        if (filter.Kind is { } kind)
        {
            rows = rows.Where(r => r.Kind == kind);
        }
        if (filter.Mastered is { } mastered)
        {
            rows = rows.Where(r => r.Entry.IsMastered == mastered);
        }
        var total = await rows.CountAsync(cancellationToken);
        var items = await rows.OrderByDescending(r => r.Entry.LastWrongAt).ThenBy(r => r.Entry.Id).Skip(page.Skip).Take(page.SafePageSize)
            .ToListAsync(cancellationToken);
        var examIds = items.Where(r => r.Entry.ExamId is not null).Select(r => r.Entry.ExamId!.Value).Distinct().ToList();
        var exams = examIds.Count == 0 ? [] : await scope.BureauOrMine<Exam>().Where(e => examIds.Contains(e.Id))
            .ToDictionaryAsync(e => e.Id, e => e.Title, cancellationToken);
        var dtos = items.Select(r => new MistakeDto(r.Entry.QuestionId, r.Name, HtmlText.Excerpt(r.Stem, ExcerptLength), r.Kind, r.CategoryId,
            tree.Find(r.CategoryId)?.Name ?? "", r.Entry.WrongCount, r.Entry.LastWrongAt, r.Entry.Source, r.Entry.ExamId,
            r.Entry.ExamId is { } e ? exams.GetValueOrDefault(e) : null, r.Entry.CorrectRun, r.Entry.IsMastered)).ToList();
        return new PagedResult<MistakeDto>(dtos, total, page.SafePage, page.SafePageSize);
    }

    public async Task<MistakeCountsDto> CountsAsync(CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var shown = from m in Shown(candidate.Id, clock.Now) join q in scope.Questions() on m.QuestionId equals q.Id select m;
        var total = await shown.CountAsync(cancellationToken);
        var mastered = await shown.CountAsync(m => m.IsMastered, cancellationToken);
        return new MistakeCountsDto(total, total - mastered, mastered);
    }

    /// <summary>Takes the question out of the book (404 when it is not in the shown book); a later wrong answer puts it back.</summary>
    public async Task RemoveAsync(Guid questionId, CancellationToken cancellationToken)
    {
        await CatchUpAsync(cancellationToken);
        var removed = await Shown(candidate.Id, clock.Now).Where(m => m.QuestionId == questionId).ExecuteDeleteAsync(cancellationToken);
        if (removed == 0)
        {
            throw new EntityNotFoundException(typeof(MistakeBookEntry), questionId);
        }
    }
}

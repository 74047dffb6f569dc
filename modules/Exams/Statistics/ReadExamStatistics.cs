using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// 成绩统计: the exams a reader may see results of, an exam's score distribution and pass rates by town, enterprise and
/// position, and its item statistics (facility and discrimination over first attempts, as Moodle computes them).
/// </summary>
public sealed class ReadExamStatistics(PortalDbContext db, ExamResultsScope scope, IEnterpriseDirectory directory, ITenantStore towns,
    ICurrentTenant tenant)
{
    public const int StemLength = 120;

    public async Task<PagedResult<ExamDto>> ListExamsAsync(PageRequest page, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(page);
        var query = await scope.ExamsAsync(cancellationToken);
        if (page.SearchText is { } search)
        {
            query = query.Where(e => e.Title.Contains(search));
        }
        var result = await query.OrderByDescending(e => e.OpensAt).ThenBy(e => e.Id).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<ExamDto>([.. result.Items.Select(e => ExamDto.From(e, tenant.Id))], result.TotalCount, result.Page, result.PageSize);
    }

    public async Task<ExamStatisticsDto> StatisticsAsync(Guid examId, Guid? townId, CancellationToken cancellationToken)
    {
        var exam = await scope.ExamAsync(examId, cancellationToken);
        var attempts = await scope.AttemptsAsync(exam, townId, cancellationToken);
        var results = await CandidateResults.LoadAsync(attempts, exam, cancellationToken);
        var grades = results.Select(r => r.Grade).ToList();
        var passed = results.Count(r => r.Passed);
        var townNames = scope.IsBureau ? (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id.ToString(), t => t.Name) : [];
        var enterprises = await directory.GetAsync([.. results.Where(r => r.EnterpriseId is not null).Select(r => r.EnterpriseId!.Value).Distinct()],
            cancellationToken);
        return new ExamStatisticsDto(exam.Id, exam.Title, exam.PassMark, results.Count == 0 ? 0m : results.Max(r => r.MaxScore), results.Count,
            results.Sum(r => r.Attempts), passed, ResultFigures.Rate(passed, results.Count), ResultFigures.Mean(grades), ResultFigures.Median(grades),
            ResultFigures.Distribution(results),
            scope.IsBureau ? ResultFigures.PassRates(results, r => r.TownId?.ToString(), k => townNames.GetValueOrDefault(k, k)) : [],
            ResultFigures.PassRates(results, r => r.EnterpriseId?.ToString(),
                k => enterprises.GetValueOrDefault(Guid.Parse(k))?.Name ?? k),
            ResultFigures.PassRates(results, r => r.Position, k => k));
    }

    /// <summary>Item statistics of every question met in first attempts, hardest first.</summary>
    public async Task<IReadOnlyList<QuestionStatisticsDto>> QuestionsAsync(Guid examId, Guid? townId, CancellationToken cancellationToken)
    {
        var exam = await scope.ExamAsync(examId, cancellationToken);
        var firsts = (await scope.AttemptsAsync(exam, townId, cancellationToken)).Where(a => a.Status == AttemptStatus.Submitted && a.AttemptNo == 1);
        // One grouped query: the database sums what facility and discrimination need (doubles: SQLite sums no decimals).
        var sums = await (from q in scope.AttemptQuestions()
                          join a in firsts on q.AttemptId equals a.Id
                          let x = q.Points > 0 ? (double)(q.Score ?? 0m) / (double)q.Points : 0d
                          let y = (double)(a.Score ?? 0m) - (double)(q.Score ?? 0m)
                          group new { x, y } by q.QuestionId into g
                          select new ItemSums(g.Key, g.Count(), g.Sum(v => v.x), g.Sum(v => v.x * v.x), g.Sum(v => v.y), g.Sum(v => v.y * v.y),
                              g.Sum(v => v.x * v.y))).ToListAsync(cancellationToken);
        var figures = sums.Select(ItemAnalysis.FromSums).ToList();
        var ids = figures.Select(f => f.QuestionId).ToList();
        var questions = await db.Set<Question>().IgnoreQueryFilters().AsNoTracking().Where(q => ids.Contains(q.Id))
            .Select(q => new { q.Id, q.Stem, q.Kind }).ToDictionaryAsync(q => q.Id, cancellationToken);
        return [.. figures.Select(f =>
            {
                var question = questions.GetValueOrDefault(f.QuestionId);
                return new QuestionStatisticsDto(f.QuestionId, HtmlText.Excerpt(question?.Stem, StemLength), question?.Kind ?? QuestionKind.SingleChoice,
                    f.Attempts, f.FacilityIndex, f.StandardDeviation, f.DiscriminationIndex);
            })
            .OrderBy(q => q.FacilityIndex).ThenBy(q => q.Stem, StringComparer.Ordinal)];
    }
}

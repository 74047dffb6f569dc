using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Exams;

namespace SafetyPortal.Exams.Statistics;

/// <summary>
/// The kernel's <see cref="IExamStatistics"/> for the current town: submitted attempts in the period grouped by the
/// database per enterprise, candidate and exam (passed at all, passed at attempt 1), then per enterprise; best scores
/// grouped per candidate.
/// </summary>
public sealed class ExamFigures(PortalDbContext db) : IExamStatistics
{
    public async Task<IReadOnlyList<EnterpriseExamFigures>> ForEnterprisesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var sittings = await Submitted(fromUtc, toUtc).Where(a => a.EnterpriseId != null)
            .GroupBy(a => new { a.EnterpriseId, a.UserId, a.ExamId })
            .Select(g => new
            {
                g.Key.EnterpriseId,
                Passed = g.Max(a => a.Passed == true ? 1 : 0),
                PassedFirst = g.Max(a => a.Passed == true && a.AttemptNo == 1 ? 1 : 0),
            })
            .ToListAsync(cancellationToken);
        return [.. sittings.GroupBy(s => s.EnterpriseId!.Value)
            .Select(g => new EnterpriseExamFigures(g.Key, g.Count(), g.Sum(s => s.Passed), g.Sum(s => s.PassedFirst)))];
    }

    public async Task<IReadOnlyList<PersonExamScore>> BestScoresAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var best = await Submitted(fromUtc, toUtc).Where(a => a.MaxScore > 0 && a.Score != null)
            // As doubles: SQLite has no MAX over decimals; two decimals of a percentage survive the round trip.
            .GroupBy(a => a.UserId).Select(g => new { UserId = g.Key, Best = g.Max(a => (double)a.Score!.Value * 100 / (double)a.MaxScore) })
            .ToListAsync(cancellationToken);
        return [.. best.Select(b => new PersonExamScore(b.UserId, decimal.Round((decimal)b.Best, 2)))];
    }

    private IQueryable<Attempt> Submitted(DateTime fromUtc, DateTime toUtc) => db.Set<Attempt>().AsNoTracking()
        .Where(a => a.Status == AttemptStatus.Submitted && a.SubmittedAt >= fromUtc && a.SubmittedAt < toUtc);
}

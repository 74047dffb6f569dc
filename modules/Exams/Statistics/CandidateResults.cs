using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;

namespace SafetyPortal.Exams.Statistics;

/// <summary>Every candidate's result from the submitted attempts of a query, in one read (a few numbers per attempt).</summary>
public static class CandidateResults
{
    public static async Task<IReadOnlyList<CandidateResult>> LoadAsync(IQueryable<Attempt> attempts, Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(exam);
        var rows = await attempts.Where(a => a.Status == AttemptStatus.Submitted)
            .Select(a => new { a.UserId, a.TenantId, a.EnterpriseId, a.Position, a.AttemptNo, a.Score, a.MaxScore })
            .ToListAsync(cancellationToken);
        return [.. rows.GroupBy(r => r.UserId).Select(g =>
        {
            var ordered = g.OrderBy(r => r.AttemptNo).ToList();
            var latest = ordered[^1];
            var grade = ExamGrade.Combine(exam.GradingMethod, [.. ordered.Select(r => r.Score ?? 0m)]) ?? 0m;
            return new CandidateResult(g.Key, latest.TenantId, latest.EnterpriseId, latest.Position, ordered.Count, grade,
                ordered.Max(r => r.MaxScore), grade >= exam.PassMark);
        })];
    }
}

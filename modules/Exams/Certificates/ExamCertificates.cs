using System.Globalization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Certificates;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Exams.Certificates;

/// <summary>
/// The exam's certificate rule: a candidate holds one certificate per exam, issued for their first passed attempt (the
/// lowest attempt number with Passed), whatever later attempts do. Its source is that attempt, so issuing again for
/// any of the candidate's attempts is a no-op, and a passed attempt left without one (a crash between submit and
/// handler) is healed by <see cref="HealForUserAsync"/> when its holder opens 我的证书 or a manager the exam's list.
/// Certificates are written in Chinese whatever the requester's UI language (they are official paper).
/// </summary>
public sealed class ExamCertificates(PortalDbContext db, ICertificateIssuer issuer, IStringLocalizer<ExamsResource> text)
{
    public const string SourceKind = "Exams.Attempt";

    /// <summary>Issues the certificate this attempt's candidate earned at this exam, if they passed it; null otherwise.</summary>
    public async Task<string?> IssueAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(exam);
        if (attempt.Passed != true)
        {
            return null;
        }
        var first = await db.Set<Attempt>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.ExamId == attempt.ExamId && a.UserId == attempt.UserId && a.Passed == true && a.AttemptNo < attempt.AttemptNo)
            .OrderBy(a => a.AttemptNo).FirstOrDefaultAsync(cancellationToken) ?? attempt;
        var holder = await db.Set<PortalUser>().IgnoreQueryFilters().AsNoTracking().Where(u => u.Id == first.UserId)
            .Select(u => u.DisplayName).FirstOrDefaultAsync(cancellationToken);
        return await issuer.IssueAsync(Request(first, exam, string.IsNullOrWhiteSpace(holder) ? "-" : holder), cancellationToken);
    }

    /// <summary>Issues the missing certificates of one candidate's passed exams (in the current town); how many were missing.</summary>
    public async Task<int> HealForUserAsync(Guid userId, CancellationToken cancellationToken) =>
        await HealAsync(db.Set<Attempt>().Where(a => a.UserId == userId), cancellationToken);

    /// <summary>Issues the missing certificates of one exam's passed candidates (in the current town, or every town on the bureau side).</summary>
    public async Task<int> HealForExamAsync(Guid examId, bool everyTown, CancellationToken cancellationToken)
    {
        var attempts = everyTown ? db.Set<Attempt>().IgnoreQueryFilters() : db.Set<Attempt>();
        return await HealAsync(attempts.Where(a => a.ExamId == examId), cancellationToken);
    }

    private async Task<int> HealAsync(IQueryable<Attempt> attempts, CancellationToken cancellationToken)
    {
        var all = db.Set<Attempt>().IgnoreQueryFilters();
        var certified = db.Set<Certificate>().IgnoreQueryFilters().Where(c => c.SourceKind == SourceKind);
        var missing = await attempts.AsNoTracking()
            .Where(a => a.Passed == true && !certified.Any(c => c.SourceId == a.Id)
                && !all.Any(b => b.ExamId == a.ExamId && b.UserId == a.UserId && b.Passed == true && b.AttemptNo < a.AttemptNo))
            .ToListAsync(cancellationToken);
        foreach (var attempt in missing)
        {
            var exam = await db.Set<Exam>().IgnoreQueryFilters().AsNoTracking().FirstAsync(e => e.Id == attempt.ExamId, cancellationToken);
            await IssueAsync(attempt, exam, cancellationToken);
        }
        return missing.Count;
    }

    private CertificateRequest Request(Attempt attempt, Exam exam, string holderName)
    {
        using (CertificateCulture.Use())
        {
            var score = (attempt.Score ?? 0m).ToString("0.##", CultureInfo.InvariantCulture);
            var max = attempt.MaxScore.ToString("0.##", CultureInfo.InvariantCulture);
            string[] lines = [text["Certificate.ExamLine", exam.Title].Value, text["Certificate.ScoreLine", score, max].Value];
            return new CertificateRequest(attempt.TenantId, attempt.UserId, holderName, exam.Title, lines, SourceKind, attempt.Id);
        }
    }
}

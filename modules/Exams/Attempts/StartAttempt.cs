using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 开始考试: an open attempt of the candidate is resumed, not doubled; otherwise, while the window is open and attempts
/// remain and the required training plan is completed, a new attempt fixes its questions (checked against the bank first) and its deadline.
/// </summary>
public sealed class StartAttempt(PortalDbContext db, ICurrentTenant tenant, ManageExams exams, ManagePapers papers, AttemptSnapshot snapshot,
    ExamCandidate candidate, ExamPlanGate gate, ExamClock clock, IStringLocalizer<ExamsResource> text)
{
    public async Task<AttemptDto> StartAsync(Guid examId, CancellationToken cancellationToken)
    {
        var exam = await exams.FindAsync(examId, cancellationToken);
        var userId = candidate.Id;
        if (exam.Status != ExamStatus.Published || !await candidate.IsInAudienceAsync(exam, cancellationToken))
        {
            throw new EntityNotFoundException(typeof(Exam), examId);
        }
        var mine = await db.Set<Attempt>().Include(a => a.Questions).AsSplitQuery()
            .Where(a => a.ExamId == examId && a.UserId == userId).ToListAsync(cancellationToken);
        var now = clock.Now;
        if (mine.Find(a => a.AcceptsAnswersAt(now)) is { } open)
        {
            return AttemptView.ToDto(open, exam, now);
        }
        if (!exam.IsOpenAt(now))
        {
            throw new AttemptClosedException(text["ExamNotOpen"]);
        }
        if (exam.AttemptsAllowed > 0 && mine.Count >= exam.AttemptsAllowed)
        {
            throw new AttemptClosedException(text["NoAttemptsLeft"]);
        }
        if (await gate.LockReasonAsync(exam, cancellationToken) is { } locked)
        {
            throw new AttemptClosedException(locked);
        }
        var paper = await papers.FindAsync(exam.PaperId, cancellationToken);
        await papers.EnsureSatisfiableAsync(paper, "paper.", cancellationToken);
        var membership = await candidate.EnterpriseMembershipAsync(cancellationToken);
        var attempt = new Attempt
        {
            TenantId = tenant.Id, ExamId = examId, UserId = userId, AttemptNo = mine.Count + 1, StartedAt = now,
            Deadline = Attempt.DeadlineFor(now, exam.DurationMinutes, exam.ClosesAt),
            EnterpriseId = membership?.EnterpriseId,
            Position = membership?.Position is { Length: > Attempt.MaxPositionLength } p ? p[..Attempt.MaxPositionLength] : membership?.Position,
        };
        attempt.Questions = await snapshot.TakeAsync(exam, paper, attempt, cancellationToken);
        attempt.MaxScore = attempt.Questions.Sum(q => q.Points);
        db.Add(attempt);
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Two starts at once (two tabs, a double tap): the unique attempt number lets one insert win; the other
            // answers with the winner's attempt.
            db.ChangeTracker.Clear();
            var winner = await db.Set<Attempt>().AsNoTracking().Include(a => a.Questions).AsSplitQuery()
                .FirstOrDefaultAsync(a => a.ExamId == examId && a.UserId == userId && a.AttemptNo == attempt.AttemptNo, cancellationToken);
            if (winner is null || !winner.AcceptsAnswersAt(now))
            {
                throw;
            }
            return AttemptView.ToDto(winner, exam, now);
        }
        return AttemptView.ToDto(attempt, exam, now);
    }
}

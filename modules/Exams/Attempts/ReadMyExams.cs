using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Attempts;

/// <summary>我的考试: published exams of the candidate's audience that are open now or were taken, newest first; one locked by its training plan says so.</summary>
public sealed class ReadMyExams(PortalDbContext db, ManageExams exams, ExamCandidate candidate, ExamPlanGate gate, ExamClock clock)
{
    public const int MaxRows = 100;

    public async Task<IReadOnlyList<MyExamDto>> ListAsync(CancellationToken cancellationToken)
    {
        var userId = candidate.Id;
        var now = clock.Now;
        var attempts = await db.Set<Attempt>().AsNoTracking().Where(a => a.UserId == userId).OrderBy(a => a.AttemptNo).ToListAsync(cancellationToken);
        var taken = attempts.Select(a => a.ExamId).Distinct().ToList();
        var candidates = await exams.Exams().AsNoTracking()
            .Where(e => e.Status == ExamStatus.Published && ((e.OpensAt <= now && e.ClosesAt > now) || taken.Contains(e.Id)))
            .OrderByDescending(e => e.OpensAt).Take(MaxRows).ToListAsync(cancellationToken);
        var rows = new List<MyExamDto>();
        foreach (var exam in candidates)
        {
            var mine = attempts.Where(a => a.ExamId == exam.Id).ToList();
            if (mine.Count == 0 && !await candidate.IsInAudienceAsync(exam, cancellationToken))
            {
                continue;
            }
            var open = mine.Find(a => a.AcceptsAnswersAt(now));
            var submitted = mine.Where(a => a.Status == AttemptStatus.Submitted).Select(a => a.Score ?? 0m).ToList();
            var grade = ExamGrade.Combine(exam.GradingMethod, submitted);
            var canStart = open is not null || (exam.IsOpenAt(now) && (exam.AttemptsAllowed == 0 || mine.Count < exam.AttemptsAllowed));
            // Locked by its training plan: shown with the reason rather than hidden, so the candidate knows what to do.
            var locked = open is null && canStart ? await gate.LockReasonAsync(exam, cancellationToken) : null;
            rows.Add(new MyExamDto(exam.Id, exam.Title, exam.OpensAt, exam.ClosesAt, exam.DurationMinutes, exam.PassMark, exam.AttemptsAllowed,
                exam.IsOpenAt(now), canStart && locked is null, open?.Id, grade, grade >= exam.PassMark,
                mine.Select(a => new MyAttemptDto(a.Id, a.AttemptNo, a.Status, a.StartedAt, a.SubmittedAt,
                    a.Status == AttemptStatus.Submitted ? a.Score : null, a.MaxScore)).ToList(), locked));
        }
        return rows;
    }
}

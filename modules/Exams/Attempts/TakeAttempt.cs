using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 作答: resume and report leaving the page (saving an answer is <see cref="SaveAnswer"/>, the candidate's submit
/// <see cref="SubmitAttempt"/>; reaching the leave-page limit submits here). Only the candidate's own
/// attempt (404 otherwise). A submit raises every question's revision, so it and an answer racing it are ordered: the
/// loser re-reads and is judged again (an answer that lost to the submit is refused, never silently dropped).
/// </summary>
public sealed class TakeAttempt(PortalDbContext db, ExamCandidate candidate, ExamClock clock, AttemptSubmittedHandlers submitted,
    IStringLocalizer<ExamsResource> text)
{
    private const int MaxTries = 5;

    public async Task<AttemptDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var attempt = await LoadAsync(id, cancellationToken);
        return AttemptView.ToDto(attempt, await ExamOfAsync(attempt, cancellationToken), clock.Now);
    }

    public Task<AttemptDto> ReportEventAsync(Guid id, AttemptEventRequest request, CancellationToken cancellationToken) =>
        RetryAsync(id, async (attempt, examOf, now) =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var exam = await examOf();
            EnsureOpen(attempt, now);
            LeavePageLog.Add(db, attempt, request, now);
            if (LeavePageLog.KindOf(request.Kind) == LeavePageEventKind.Hidden)
            {
                attempt.LeavePageCount++;
                if (exam.LeavePageLimit is { } limit && attempt.LeavePageCount >= limit)
                {
                    AttemptSubmission.Submit(attempt, exam, SubmitReason.LeavePageLimit, now);
                }
            }
            return AttemptView.ToDto(attempt, exam, now);
        }, cancellationToken);

    /// <summary>Loads the attempt, changes, saves; the exam is read only when the change asks for it.</summary>
    private async Task<T> RetryAsync<T>(Guid id, Func<Attempt, Func<Task<Exam>>, DateTime, Task<T>> change,
        CancellationToken cancellationToken)
    {
        for (var attemptNo = 1; ; attemptNo++)
        {
            var attempt = await LoadAsync(id, cancellationToken, tracking: true);
            Exam? exam = null;
            async Task<Exam> ExamAsync() => exam ??= await ExamOfAsync(attempt, cancellationToken);
            var wasOpen = attempt.Status == AttemptStatus.Open;
            var result = await change(attempt, ExamAsync, clock.Now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (wasOpen && attempt.Status == AttemptStatus.Submitted)
                {
                    // The attempt is stored: the handlers' saves need not walk its rows again (each detection pass would).
                    var submittedExam = await ExamAsync();
                    db.ChangeTracker.Clear();
                    await submitted.RunAsync(attempt, submittedExam, cancellationToken);
                }
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attemptNo < MaxTries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Attempt> LoadAsync(Guid id, CancellationToken cancellationToken, bool tracking = false)
    {
        var userId = candidate.Id;
        var query = db.Set<Attempt>().Include(a => a.Questions).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Attempt), id);
    }

    private Task<Exam> ExamOfAsync(Attempt attempt, CancellationToken cancellationToken) => AttemptExams.ReadAsync(db, attempt.ExamId, cancellationToken);

    private void EnsureOpen(Attempt attempt, DateTime now)
    {
        if (!attempt.AcceptsAnswersAt(now))
        {
            throw AttemptClosedException.For(attempt.Status, text);
        }
    }
}

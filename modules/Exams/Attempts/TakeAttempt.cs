using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Exams.Domain;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 作答: resume, save one answer, report leaving the page, submit. Only the candidate's own attempt (404 otherwise).
/// Each write touches the attempt, so its concurrency stamp orders an answer against a submit racing it: the loser
/// re-reads and is judged again (an answer that lost to the submit is refused, never silently dropped).
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

    public Task<SaveAnswerResultDto> SaveAnswerAsync(Guid id, int no, SaveAnswerRequest request, CancellationToken cancellationToken) =>
        RetryAsync(id, no, (attempt, _, now) =>
        {
            ArgumentNullException.ThrowIfNull(request);
            var question = attempt.Questions.Find(q => q.No == no) ?? throw new EntityNotFoundException(typeof(AttemptQuestion), no);
            EnsureOpen(attempt, now);
            if (request.Sequence > question.AnswerSequence)
            {
                question.AnswerJson = JsonSerializer.Serialize(Validate(question, request.Answer));
                question.AnswerSequence = request.Sequence;
                question.AnsweredAt = now;
                // Only this row changes: one UPDATE without a transaction of its own.
                question.Revision++;
            }
            return Task.FromResult(new SaveAnswerResultDto(no, question.AnswerSequence, question.Answer(), now, attempt.Deadline));
        }, cancellationToken);

    public Task<AttemptDto> SubmitAsync(Guid id, CancellationToken cancellationToken) =>
        RetryAsync(id, null, async (attempt, examOf, now) =>
        {
            var exam = await examOf();
            AttemptSubmission.Submit(attempt, exam, now < attempt.Deadline ? SubmitReason.Candidate : SubmitReason.Deadline, now);
            return AttemptView.ToDto(attempt, exam, now);
        }, cancellationToken);

    public Task<AttemptDto> ReportEventAsync(Guid id, AttemptEventRequest request, CancellationToken cancellationToken) =>
        RetryAsync(id, null, async (attempt, examOf, now) =>
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

    /// <summary>
    /// Loads the attempt (with only question <paramref name="questionNo"/> when given: the hot path of saving one answer),
    /// changes, saves. The exam is read only when the change asks for it (saving an answer does not).
    /// </summary>
    private async Task<T> RetryAsync<T>(Guid id, int? questionNo, Func<Attempt, Func<Task<Exam>>, DateTime, Task<T>> change,
        CancellationToken cancellationToken)
    {
        for (var attemptNo = 1; ; attemptNo++)
        {
            var attempt = await LoadAsync(id, cancellationToken, tracking: true, questionNo);
            Exam? exam = null;
            async Task<Exam> ExamAsync() => exam ??= await ExamOfAsync(attempt, cancellationToken);
            var wasOpen = attempt.Status == AttemptStatus.Open;
            var result = await change(attempt, ExamAsync, clock.Now);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                if (wasOpen && attempt.Status == AttemptStatus.Submitted)
                {
                    await submitted.RunAsync(attempt, await ExamAsync(), cancellationToken);
                }
                return result;
            }
            catch (DbUpdateConcurrencyException) when (attemptNo < MaxTries)
            {
                db.ChangeTracker.Clear();
            }
        }
    }

    private async Task<Attempt> LoadAsync(Guid id, CancellationToken cancellationToken, bool tracking = false, int? questionNo = null)
    {
        var userId = candidate.Id;
        var query = questionNo is { } no
            ? db.Set<Attempt>().Include(a => a.Questions.Where(q => q.No == no)).AsSingleQuery()
            : db.Set<Attempt>().Include(a => a.Questions).AsSplitQuery();
        return await (tracking ? query : query.AsNoTracking()).FirstOrDefaultAsync(a => a.Id == id && a.UserId == userId, cancellationToken)
            ?? throw new EntityNotFoundException(typeof(Attempt), id);
    }

    private Task<Exam> ExamOfAsync(Attempt attempt, CancellationToken cancellationToken) =>
        db.Set<Exam>().IgnoreQueryFilters().AsNoTracking().FirstAsync(e => e.Id == attempt.ExamId, cancellationToken);

    private void EnsureOpen(Attempt attempt, DateTime now)
    {
        if (!attempt.AcceptsAnswersAt(now))
        {
            throw new AttemptClosedException(attempt.Status == AttemptStatus.Submitted ? text["AttemptSubmitted"] : text["AttemptPastDeadline"]);
        }
    }

    private List<string> Validate(AttemptQuestion question, IReadOnlyList<string>? answer)
    {
        var given = (answer ?? []).Select(a => a ?? "").ToList();
        var valid = AnswerGrading.IsWellFormed(question.Kind, question.Options().Count, question.Blanks().Count, given);
        return valid ? given : throw ValidationException.For("answer", text["AnswerInvalid"]);
    }
}

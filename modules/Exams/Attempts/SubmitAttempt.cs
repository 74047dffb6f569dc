using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Domain;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// 交卷 by the candidate, the end-of-sitting hot path (a whole exam room submits within a minute). The attempt row goes
/// through the tracker (audited, guarded by its concurrency stamp, so a second submit racing this one retries and finds it
/// submitted); its question rows are read untracked, graded in memory and scored by one UPDATE per distinct score, all in
/// one transaction. An answer that slipped in between the read and the write is caught there: a question's revision only
/// ever rises, so after the update the revisions add up to what was read plus one per question exactly when no row changed
/// meanwhile; otherwise the transaction rolls back and the attempt is graded again with that answer. Idempotent: a
/// submitted attempt answers with its result. The submitted handlers run after the commit; the mistake book is recorded
/// after it by <see cref="Practice.ExamMistakes"/>.
/// </summary>
public sealed class SubmitAttempt(PortalDbContext db, ExamCandidate candidate, ExamClock clock, AttemptSubmittedHandlers submitted)
{
    private const int MaxTries = 5;

    /// <summary>The attempt with its question rows, untracked, in one query.</summary>
    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, Guid, CancellationToken, Task<Attempt?>>> ReadAttempt =
        new(() => EF.CompileAsyncQuery((PortalDbContext context, Guid id, Guid userId, CancellationToken _) =>
            context.Set<Attempt>().AsNoTracking().Include(a => a.Questions).FirstOrDefault(a => a.Id == id && a.UserId == userId)));

    public async Task<AttemptDto> SubmitAsync(Guid id, CancellationToken cancellationToken)
    {
        var userId = candidate.Id;
        for (var tries = 1; ; tries++)
        {
            var attempt = await ReadAttempt.For(db)(db, id, userId, cancellationToken) ?? throw new EntityNotFoundException(typeof(Attempt), id);
            var questions = attempt.Questions;
            attempt.Questions = [];
            var exam = await AttemptExams.ReadAsync(db, attempt.ExamId, cancellationToken);
            var now = clock.Now;
            if (attempt.Status == AttemptStatus.Open)
            {
                var revisionsRead = questions.Sum(q => q.Revision);
                db.Attach(attempt);
                AttemptSubmission.Submit(attempt, questions, exam, now < attempt.Deadline ? SubmitReason.Candidate : SubmitReason.Deadline, now);
                var written = await TryWriteAsync(attempt, questions, revisionsRead, cancellationToken);
                db.ChangeTracker.Clear();
                if (!written)
                {
                    if (tries >= MaxTries)
                    {
                        throw new DbUpdateConcurrencyException($"Attempt {id} kept changing while it was submitted.");
                    }
                    continue;
                }
                attempt.Questions = questions;
                await submitted.RunAsync(attempt, exam, cancellationToken);
            }
            attempt.Questions = questions;
            return AttemptView.ToDto(attempt, exam, now);
        }
    }

    /// <summary>Writes the graded attempt; false when another submit or an answer changed it since it was read (nothing written).</summary>
    private Task<bool> TryWriteAsync(Attempt attempt, List<AttemptQuestion> questions, int revisionsRead, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            try
            {
                await db.SaveChangesAsync(acceptAllChangesOnSuccess: false, ct);
            }
            catch (DbUpdateConcurrencyException)
            {
                return false;
            }
            var attemptId = attempt.Id;
            foreach (var graded in questions.GroupBy(q => q.Score))
            {
                var score = graded.Key;
                var ids = graded.Select(q => q.Id).ToList();
                await db.Set<AttemptQuestion>().Where(q => q.AttemptId == attemptId && ids.Contains(q.Id))
                    .ExecuteUpdateAsync(set => set.SetProperty(q => q.Score, score).SetProperty(q => q.Revision, q => q.Revision + 1), ct);
            }
            var revisions = await db.Set<AttemptQuestion>().Where(q => q.AttemptId == attemptId).SumAsync(q => q.Revision, ct);
            if (revisions != revisionsRead + questions.Count)
            {
                return false;
            }
            await transaction.CommitAsync(ct);
            db.ChangeTracker.AcceptAllChanges();
            return true;
        }, cancellationToken);
}

using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// Puts the questions of submitted attempts that scored less than their points into their candidates' mistake books,
/// shown once the exam's review shows correct answers (<see cref="MistakeReveal"/>, read at the submit). This runs after
/// the submit, never in it: the <see cref="MistakeBookWorker"/> records every town's attempts in batches a moment later,
/// and reading one's own book or practising from it records that candidate's first (<see cref="CatchUpAsync"/>).
/// Each batch claims its attempts (<see cref="Attempt.MistakesRecordedAt"/>) in the transaction that writes the entries,
/// so two nodes, or the worker and a reader, never count one attempt twice; an entry also counts each attempt once
/// (<see cref="MistakeBookEntry.ExamCountedUntil"/>). New entries take the attempt's TenantId.
/// </summary>
public sealed class ExamMistakes(PortalDbContext db, ExamClock clock)
{
    public const int BatchSize = 100;
    private const int MaxTries = 3;

    /// <summary>Records the pending attempts of one candidate (a reader of the book, before it is read); returns how many.</summary>
    public Task<int> CatchUpAsync(Guid userId, CancellationToken cancellationToken) => RecordPendingAsync(userId, cancellationToken);

    /// <summary>Records pending attempts, every town's (<paramref name="userId"/> null) or one candidate's, until none is left.</summary>
    public async Task<int> RecordPendingAsync(Guid? userId, CancellationToken cancellationToken)
    {
        var recorded = 0;
        for (var tryNo = 1; ; )
        {
            var pending = await Pending(userId).OrderBy(a => a.SubmittedAt).Take(BatchSize).ToListAsync(cancellationToken);
            if (pending.Count == 0)
            {
                return recorded;
            }
            var touched = new List<MistakeBookEntry>();
            try
            {
                recorded += await RecordBatchAsync(pending, touched, cancellationToken);
            }
            catch (DbUpdateException) when (tryNo++ < MaxTries)
            {
                // A practice answer made one of the entries meanwhile (unique user and question): read them again.
            }
            finally
            {
                Forget(touched);
            }
        }
    }

    /// <summary>Lets go of the entries a batch tracked; the caller's own tracked entities (a reader's request) stay as they were.</summary>
    private void Forget(List<MistakeBookEntry> touched)
    {
        foreach (var entry in touched)
        {
            db.Entry(entry).State = EntityState.Detached;
        }
        touched.Clear();
    }

    private IQueryable<Attempt> Pending(Guid? userId)
    {
        var attempts = db.Set<Attempt>().IgnoreQueryFilters().AsNoTracking()
            .Where(a => a.Status == AttemptStatus.Submitted && a.MistakesRecordedAt == null);
        return userId is { } user ? attempts.Where(a => a.UserId == user) : attempts;
    }

    /// <summary>Claims and records one batch; 0 when another node or reader claimed part of it first (nothing written).</summary>
    private Task<int> RecordBatchAsync(List<Attempt> pending, List<MistakeBookEntry> touched, CancellationToken cancellationToken) =>
        db.Database.CreateExecutionStrategy().ExecuteAsync(async ct =>
        {
            Forget(touched);
            var ids = pending.Select(a => a.Id).ToList();
            await using var transaction = await db.Database.BeginTransactionAsync(ct);
            var now = clock.Now;
            var claimed = await db.Set<Attempt>().IgnoreQueryFilters().Where(a => ids.Contains(a.Id) && a.MistakesRecordedAt == null)
                .ExecuteUpdateAsync(set => set.SetProperty(a => a.MistakesRecordedAt, now), ct);
            if (claimed != ids.Count)
            {
                await transaction.RollbackAsync(ct);
                return 0;
            }
            touched.AddRange(await TrackEntriesAsync(pending, ct));
            await db.SaveChangesAsync(ct);
            await transaction.CommitAsync(ct);
            return claimed;
        }, cancellationToken);

    /// <summary>Reads and adds the entries of the attempts' wrong questions, each counting its attempts; returns them tracked.</summary>
    private async Task<ICollection<MistakeBookEntry>> TrackEntriesAsync(List<Attempt> attempts, CancellationToken cancellationToken)
    {
        var ids = attempts.Select(a => a.Id).ToList();
        var wrong = (await db.Set<AttemptQuestion>().IgnoreQueryFilters()
                .Where(q => ids.Contains(q.AttemptId) && (q.Score ?? 0m) < q.Points).Select(q => new { q.AttemptId, q.QuestionId })
                .ToListAsync(cancellationToken))
            .ToLookup(q => q.AttemptId, q => q.QuestionId);
        if (wrong.Count == 0)
        {
            return [];
        }
        var examIds = attempts.Select(a => a.ExamId).Distinct().ToList();
        var exams = await db.Set<Exam>().IgnoreQueryFilters().AsNoTracking().Where(e => examIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
        var userIds = attempts.Select(a => a.UserId).Distinct().ToList();
        var questionIds = wrong.SelectMany(g => g).Distinct().ToList();
        var entries = await db.Set<MistakeBookEntry>().IgnoreQueryFilters()
            .Where(m => userIds.Contains(m.UserId) && questionIds.Contains(m.QuestionId))
            .ToDictionaryAsync(m => (m.UserId, m.QuestionId), cancellationToken);
        foreach (var attempt in attempts)
        {
            var submittedAt = attempt.SubmittedAt ?? clock.Now;
            var revealAt = MistakeReveal.RevealAt(attempt, exams[attempt.ExamId], submittedAt);
            foreach (var questionId in wrong[attempt.Id].Distinct())
            {
                if (!entries.TryGetValue((attempt.UserId, questionId), out var entry))
                {
                    entry = new MistakeBookEntry { TenantId = attempt.TenantId, UserId = attempt.UserId, QuestionId = questionId, LastWrongAt = submittedAt };
                    entries.Add((attempt.UserId, questionId), entry);
                    db.Set<MistakeBookEntry>().Add(entry);
                }
                entry.RecordExamMistake(attempt.ExamId, submittedAt, revealAt);
            }
        }
        return entries.Values;
    }
}

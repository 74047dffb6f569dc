using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// Submits and grades every open attempt past its deadline, in every town (the bureau's explicit crossing of the town
/// filter), in batches. Safe on two nodes: each attempt is written under its concurrency stamp, so an attempt graded
/// by the other node (or submitted by its candidate) meanwhile is skipped, never graded twice.
/// </summary>
public sealed class AttemptSweep(PortalDbContext db, ExamClock clock, AttemptSubmittedHandlers submittedHandlers)
{
    public const int BatchSize = 200;

    public async Task<int> SweepAsync(CancellationToken cancellationToken)
    {
        var now = clock.Now;
        var submitted = 0;
        while (true)
        {
            var overdue = await db.Set<Attempt>().IgnoreQueryFilters().Include(a => a.Questions).AsSplitQuery()
                .Where(a => a.Status == AttemptStatus.Open && a.Deadline <= now).OrderBy(a => a.Deadline).Take(BatchSize).ToListAsync(cancellationToken);
            if (overdue.Count == 0)
            {
                return submitted;
            }
            var examIds = overdue.Select(a => a.ExamId).Distinct().ToList();
            var exams = await db.Set<Exam>().IgnoreQueryFilters().AsNoTracking().Where(e => examIds.Contains(e.Id)).ToDictionaryAsync(e => e.Id, cancellationToken);
            foreach (var attempt in overdue)
            {
                AttemptSubmission.Submit(attempt, exams[attempt.ExamId], SubmitReason.Deadline, now);
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                    submitted++;
                    await submittedHandlers.RunAsync(attempt, exams[attempt.ExamId], cancellationToken);
                }
                catch (DbUpdateConcurrencyException)
                {
                    // Someone else submitted it first; their result stands, and this copy is let go (only this one: the
                    // rest of the batch stays tracked and is saved attempt by attempt).
                    db.Entry(attempt).State = EntityState.Detached;
                    foreach (var question in attempt.Questions)
                    {
                        db.Entry(question).State = EntityState.Detached;
                    }
                }
            }
            db.ChangeTracker.Clear();
        }
    }
}

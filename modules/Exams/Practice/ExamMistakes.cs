using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Practice;

/// <summary>
/// Puts every question of a submitted attempt that scored less than its points into the candidate's mistake book,
/// shown once the exam's review shows correct answers (<see cref="MistakeReveal"/>). Idempotent: an entry counts each
/// attempt once (<see cref="MistakeBookEntry.ExamCountedUntil"/>). New entries take the attempt's TenantId.
/// </summary>
public sealed class ExamMistakes(PortalDbContext db, ExamClock clock) : IAttemptSubmittedHandler
{
    private const int MaxTries = 2;

    public async Task HandleAsync(Attempt attempt, Exam exam, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(attempt);
        ArgumentNullException.ThrowIfNull(exam);
        var wrong = attempt.Questions.Where(q => (q.Score ?? 0m) < q.Points).Select(q => q.QuestionId).Distinct().ToList();
        if (wrong.Count == 0)
        {
            return;
        }
        var now = clock.Now;
        var submittedAt = attempt.SubmittedAt ?? now;
        var revealAt = MistakeReveal.RevealAt(attempt, exam, now);
        for (var tryNo = 1; ; tryNo++)
        {
            var entries = await db.Set<MistakeBookEntry>().IgnoreQueryFilters()
                .Where(m => m.UserId == attempt.UserId && wrong.Contains(m.QuestionId)).ToDictionaryAsync(m => m.QuestionId, cancellationToken);
            var added = new List<MistakeBookEntry>();
            foreach (var questionId in wrong)
            {
                if (!entries.TryGetValue(questionId, out var entry))
                {
                    entry = new MistakeBookEntry { TenantId = attempt.TenantId, UserId = attempt.UserId, QuestionId = questionId, LastWrongAt = submittedAt };
                    added.Add(entry);
                    db.Set<MistakeBookEntry>().Add(entry);
                }
                entry.RecordExamMistake(exam.Id, submittedAt, revealAt);
            }
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (tryNo < MaxTries)
            {
                // A practice answer made one of the rows meanwhile (unique user and question): read them again.
                foreach (var entry in entries.Values.Concat(added))
                {
                    db.Entry(entry).State = EntityState.Detached;
                }
            }
        }
    }
}

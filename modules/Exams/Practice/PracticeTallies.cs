using Microsoft.EntityFrameworkCore;
using SafetyPortal.Exams.Attempts;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Practice;

/// <summary>The per-user practice counts: raised in the database by one statement per answer (no read), read for the summary.</summary>
public sealed class PracticeTallies(PortalDbContext db, ExamCandidate candidate)
{
    public async Task CountAsync(Guid userId, bool right, DateTime now, CancellationToken cancellationToken)
    {
        var plus = right ? 1 : 0;
        for (var attemptNo = 1; ; attemptNo++)
        {
            var raised = await db.Set<PracticeTally>().Where(t => t.UserId == userId)
                .ExecuteUpdateAsync(s => s.SetProperty(t => t.Answered, t => t.Answered + 1).SetProperty(t => t.Correct, t => t.Correct + plus)
                    .SetProperty(t => t.LastPracticedAt, now), cancellationToken);
            if (raised > 0)
            {
                return;
            }
            var tally = db.Set<PracticeTally>().Add(new PracticeTally { Id = Guid.NewGuid(), UserId = userId, Answered = 1, Correct = plus, LastPracticedAt = now });
            try
            {
                await db.SaveChangesAsync(cancellationToken);
                return;
            }
            catch (DbUpdateException) when (attemptNo < 2)
            {
                // Another answer of the same user made the row first: raise that one.
                tally.State = EntityState.Detached;
            }
        }
    }

    public async Task<PracticeStatsDto> ReadAsync(CancellationToken cancellationToken)
    {
        var userId = candidate.Id;
        var tally = await db.Set<PracticeTally>().AsNoTracking().FirstOrDefaultAsync(t => t.UserId == userId, cancellationToken);
        return tally is null ? new PracticeStatsDto(0, 0, null) : new PracticeStatsDto(tally.Answered, tally.Correct, tally.LastPracticedAt);
    }
}

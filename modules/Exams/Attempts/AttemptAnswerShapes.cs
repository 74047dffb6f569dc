using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Caching.Memory;
using SafetyPortal.Platform.Data;

namespace SafetyPortal.Exams.Attempts;

/// <summary>
/// The shape of each attempt being answered on this node (<see cref="AttemptAnswerShape"/>), which never changes after its
/// start: the first answer of an attempt on a node reads its questions once, the next ones read nothing before their
/// guarded UPDATE. Kept while the attempt is being answered (sliding <see cref="Sliding"/>).
/// </summary>
public sealed class AttemptAnswerShapes(IMemoryCache cache)
{
    public static readonly TimeSpan Sliding = TimeSpan.FromMinutes(20);

    private static readonly CompiledPerModel<Func<PortalDbContext, Guid, Guid, IAsyncEnumerable<AnswerShapeRow>>> Read =
        new(() => EF.CompileAsyncQuery((PortalDbContext context, Guid attemptId, Guid userId) =>
            context.Set<AttemptQuestion>().Where(q => q.AttemptId == attemptId)
                .Join(context.Set<Attempt>().Where(a => a.UserId == userId), q => q.AttemptId, a => a.Id,
                    (q, a) => new AnswerShapeRow(q.No, q.Id, q.Kind, q.OptionsJson, q.BlanksJson, a.Deadline))));

    /// <summary>The attempt's shape; null when it is not this user's attempt (or none such in the town).</summary>
    public async Task<AttemptAnswerShape?> GetAsync(PortalDbContext db, Guid attemptId, Guid userId, CancellationToken cancellationToken)
    {
        var key = (typeof(AttemptAnswerShapes), attemptId);
        if (cache.TryGetValue(key, out AttemptAnswerShape? known) && known is not null)
        {
            return known.UserId == userId ? known : null;
        }
        var questions = new Dictionary<int, AnswerShape>();
        var deadline = default(DateTime);
        await foreach (var row in Read.For(db)(db, attemptId, userId).WithCancellation(cancellationToken))
        {
            questions[row.No] = AnswerShape.Of(row.RowId, row.Kind, row.OptionsJson, row.BlanksJson);
            deadline = row.Deadline;
        }
        if (questions.Count == 0)
        {
            return null;
        }
        var shape = new AttemptAnswerShape(userId, deadline, questions);
        cache.Set(key, shape, new MemoryCacheEntryOptions { SlidingExpiration = Sliding, Size = questions.Count });
        return shape;
    }
}

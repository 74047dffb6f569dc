using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;

namespace SafetyPortal.Learning.Tracking;

/// <summary>The one grouped query behind every completion table: counts and hour sums of enrolments per key.</summary>
internal static class CompletionCounts
{
    public sealed record Group<TKey>(TKey Key, int People, int Enrolled, int Completed, int Overdue, decimal HoursEarned, decimal HoursRequired);

    public static async Task<List<Group<TKey>>> ByAsync<TKey>(IQueryable<Enrolment> enrolments, Expression<Func<Enrolment, TKey>> key,
        DateTime now, CancellationToken cancellationToken) =>
        await enrolments.GroupBy(key).Select(g => new Group<TKey>(g.Key,
                g.Select(e => e.UserId).Distinct().Count(),
                g.Count(),
                g.Count(e => e.CompletedTime != null),
                g.Count(e => e.CompletedTime == null && e.Deadline <= now),
                g.Sum(e => e.HoursEarned),
                g.Sum(e => e.RequiredHours)))
            .ToListAsync(cancellationToken);

    public static CompletionRow Row<TKey>(Group<TKey> g, Guid? id, string key, string name) =>
        new(id, key, name, g.People, g.Enrolled, g.Completed, g.Overdue, g.HoursEarned, g.HoursRequired);
}

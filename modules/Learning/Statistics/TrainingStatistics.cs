using Microsoft.EntityFrameworkCore;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Learning;

namespace SafetyPortal.Learning.Statistics;

/// <summary>
/// The kernel's <see cref="ITrainingStatistics"/> for the current town: the roster once, the ledger's hours grouped by
/// person and the enrolments due grouped by enterprise (three queries whatever the town's size), joined in memory.
/// </summary>
public sealed class TrainingStatistics(PortalDbContext db, IStaffRoster roster) : ITrainingStatistics
{
    public async Task<IReadOnlyList<EnterpriseTrainingFigures>> ForEnterprisesAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var staff = await StaffAsync(cancellationToken);
        var hours = await HoursByUserAsync(fromUtc, toUtc, cancellationToken);
        var due = await db.Set<Enrolment>().AsNoTracking().Where(e => e.IsActive && e.Deadline >= fromUtc && e.Deadline < toUtc)
            .GroupBy(e => e.EnterpriseId)
            .Select(g => new { EnterpriseId = g.Key, Due = g.Count(), OnTime = g.Count(e => e.CompletedTime != null && e.CompletedTime <= e.Deadline) })
            .ToDictionaryAsync(g => g.EnterpriseId, cancellationToken);
        return [.. staff.GroupBy(s => s.EnterpriseId).Select(g =>
        {
            var earned = g.Select(s => hours.GetValueOrDefault(s.UserId)).ToList();
            var enrolments = due.GetValueOrDefault(g.Key);
            return new EnterpriseTrainingFigures(g.Key, earned.Count, earned.Count(h => h > 0), earned.Sum(), enrolments?.Due ?? 0, enrolments?.OnTime ?? 0);
        })];
    }

    public async Task<IReadOnlyList<PersonTrainingHours>> HoursPerPersonAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken = default)
    {
        var staff = await StaffAsync(cancellationToken);
        var hours = await HoursByUserAsync(fromUtc, toUtc, cancellationToken);
        return [.. staff.Where(s => hours.ContainsKey(s.UserId)).Select(s => new PersonTrainingHours(s.UserId, s.EnterpriseId, hours[s.UserId]))];
    }

    /// <summary>Each person once, in the enterprise of their first membership (a person in two units counts once).</summary>
    private async Task<IReadOnlyList<StaffMember>> StaffAsync(CancellationToken cancellationToken) =>
        [.. (await roster.GetStaffAsync(null, cancellationToken)).GroupBy(s => s.UserId).Select(g => g.OrderBy(s => s.MemberSince).First())];

    private Task<Dictionary<Guid, decimal>> HoursByUserAsync(DateTime fromUtc, DateTime toUtc, CancellationToken cancellationToken) =>
        db.Set<CreditHourEntry>().AsNoTracking().Where(e => e.EarnedTime >= fromUtc && e.EarnedTime < toUtc)
            .GroupBy(e => e.UserId).Select(g => new { UserId = g.Key, Hours = g.Sum(e => e.Hours) })
            .ToDictionaryAsync(g => g.UserId, g => g.Hours, cancellationToken);
}

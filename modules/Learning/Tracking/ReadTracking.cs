using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Learning.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Learning.Tracking;

/// <summary>
/// 培训跟踪: the enterprise dashboard (by unit, group and plan), the town's coverage per enterprise, the bureau's per town,
/// and the people behind every figure. Each enterprise table is one grouped query over the enrolments (covering
/// indexes); the town's and the bureau's read the coverage summary (<see cref="TrainingCoverage"/>); names are looked up
/// afterwards for the rows shown.
/// </summary>
public sealed class ReadTracking(PortalDbContext db, TrackingScope scope, IStaffRoster roster, IEnterpriseDirectory directory,
    ITenantStore towns, TimeProvider clock, IStringLocalizer<LearningResource> text)
{
    public async Task<EnterpriseDashboardDto> EnterpriseDashboardAsync(Guid enterpriseId, Guid? planId, CancellationToken cancellationToken = default)
    {
        var enterprise = await scope.EnterpriseAsync(enterpriseId, cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var enrolments = await scope.EnrolmentsAsync(new TrackingFilter(EnterpriseId: enterpriseId, PlanId: planId), now, cancellationToken);
        var total = await CompletionCounts.ByAsync(enrolments, e => e.EnterpriseId, now, cancellationToken);
        var byUnit = await CompletionCounts.ByAsync(enrolments, e => e.UnitId, now, cancellationToken);
        var byAudience = await CompletionCounts.ByAsync(enrolments, e => e.PrimaryAudience, now, cancellationToken);
        var byPlan = await CompletionCounts.ByAsync(enrolments, e => e.PlanId, now, cancellationToken);
        var units = await roster.GetUnitNamesAsync([.. byUnit.Select(u => u.Key)], cancellationToken);
        var plans = await PlanTitlesAsync([.. byPlan.Select(p => p.Key)], cancellationToken);
        return new EnterpriseDashboardDto(enterpriseId, enterprise.Name, planId,
            total.Count == 0 ? new CompletionRow(enterpriseId, enterpriseId.ToString(), enterprise.Name, 0, 0, 0, 0, 0, 0)
                : CompletionCounts.Row(total[0], enterpriseId, enterpriseId.ToString(), enterprise.Name),
            [.. byUnit.Select(u => CompletionCounts.Row(u, u.Key, u.Key.ToString(), units.GetValueOrDefault(u.Key, "")))
                .OrderBy(r => r.Name, StringComparer.Ordinal)],
            [.. byAudience.OrderBy(a => a.Key).Select(a => CompletionCounts.Row(a, null, a.Key.ToString(), text[$"Audience.{a.Key}"].Value))],
            [.. byPlan.Select(p => CompletionCounts.Row(p, p.Key, p.Key.ToString(), plans.GetValueOrDefault(p.Key, "")))
                .OrderBy(r => r.Name, StringComparer.Ordinal)]);
    }

    /// <summary>The town's coverage: one line per enterprise with enrolments (optionally of one plan), lowest completion first.</summary>
    public async Task<IReadOnlyList<CompletionRow>> TownCoverageAsync(Guid? planId, CancellationToken cancellationToken = default)
    {
        await scope.RequireTownStaffAsync(cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var groups = await CoverageCounts.ByAsync(db.Set<PlanCoverage>().AsNoTracking(), db.Set<EnterpriseCoverage>().AsNoTracking(),
            perTown: false, planId, now, cancellationToken);
        var names = await directory.GetAsync([.. groups.Select(g => g.Key)], cancellationToken);
        return [.. groups.Select(g => CompletionCounts.Row(g, g.Key, g.Key.ToString(), names.GetValueOrDefault(g.Key)?.Name ?? ""))
            .OrderBy(r => r.CompletionRate).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    /// <summary>The bureau's coverage: one line per town.</summary>
    public async Task<IReadOnlyList<CompletionRow>> BureauCoverageAsync(Guid? planId, CancellationToken cancellationToken = default)
    {
        scope.RequireBureau();
        var now = clock.GetUtcNow().UtcDateTime;
        var groups = await CoverageCounts.ByAsync(db.Set<PlanCoverage>().IgnoreQueryFilters().AsNoTracking().Where(c => c.TenantId != null),
            db.Set<EnterpriseCoverage>().IgnoreQueryFilters().AsNoTracking().Where(c => c.TenantId != null), perTown: true, planId, now, cancellationToken);
        var names = (await towns.GetActiveAsync(cancellationToken)).ToDictionary(t => t.Id, t => t.Name);
        return [.. groups.Select(g => CompletionCounts.Row(g, g.Key, g.Key.ToString(), names.GetValueOrDefault(g.Key, "")))
            .OrderBy(r => r.CompletionRate).ThenBy(r => r.Name, StringComparer.Ordinal)];
    }

    public async Task<PagedResult<PersonRowDto>> PeopleAsync(PageRequest page, TrackingFilter filter, CancellationToken cancellationToken = default)
    {
        var query = await PeopleQueryAsync(filter, page.SearchText, cancellationToken);
        var result = await query.ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<PersonRowDto>(await NameAsync(result.Items, cancellationToken), result.TotalCount, result.Page, result.PageSize);
    }

    /// <summary>Every matching row, for the export (at most <paramref name="limit"/>).</summary>
    public async Task<IReadOnlyList<PersonRowDto>> AllPeopleAsync(TrackingFilter filter, string? search, int limit, CancellationToken cancellationToken = default)
    {
        var query = await PeopleQueryAsync(filter, string.IsNullOrWhiteSpace(search) ? null : search.Trim(), cancellationToken);
        return await NameAsync(await query.Take(limit).ToListAsync(cancellationToken), cancellationToken);
    }

    private async Task<IQueryable<PersonRowDto>> PeopleQueryAsync(TrackingFilter filter, string? search, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var enrolments = await scope.EnrolmentsAsync(filter, now, cancellationToken);
        // IgnoreQueryFilters lifts the filter of the whole query, so in a town nothing here may use it: plan titles
        // (bureau plans are host rows) are read afterwards, by id.
        var users = scope.IsBureau ? db.Set<PortalUser>().IgnoreQueryFilters() : db.Set<PortalUser>();
        var rows = from e in enrolments
                   join u in users on e.UserId equals u.Id
                   select new { e, u.DisplayName, Title = "" };
        if (search is not null)
        {
            rows = rows.Where(r => r.DisplayName.Contains(search));
        }
        return rows.OrderBy(r => r.e.CompletedTime != null).ThenBy(r => r.e.Deadline).ThenBy(r => r.DisplayName).ThenBy(r => r.e.Id)
            .Select(r => new PersonRowDto(r.e.Id, r.e.UserId, r.DisplayName, r.e.EnterpriseId, r.e.UnitId, null, r.e.PlanId, r.Title,
                r.e.PrimaryAudience, r.e.HoursEarned, r.e.RequiredHours, r.e.Deadline, r.e.CompletedTime,
                r.e.CompletedTime == null && r.e.Deadline <= now, r.e.LastRemindedTime, r.e.ReminderCount));
    }

    private async Task<IReadOnlyList<PersonRowDto>> NameAsync(IReadOnlyList<PersonRowDto> rows, CancellationToken cancellationToken)
    {
        var units = await roster.GetUnitNamesAsync([.. rows.Select(r => r.UnitId).Distinct()], cancellationToken);
        var plans = await PlanTitlesAsync([.. rows.Select(r => r.PlanId).Distinct()], cancellationToken);
        return [.. rows.Select(r => r with { UnitName = units.GetValueOrDefault(r.UnitId), PlanTitle = plans.GetValueOrDefault(r.PlanId, "") })];
    }

    private async Task<Dictionary<Guid, string>> PlanTitlesAsync(IReadOnlyCollection<Guid> ids, CancellationToken cancellationToken) =>
        await db.Set<TrainingPlan>().IgnoreQueryFilters().Where(p => ids.Contains(p.Id)).ToDictionaryAsync(p => p.Id, p => p.Title, cancellationToken);
}

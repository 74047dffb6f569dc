using System.Linq.Expressions;
using Microsoft.EntityFrameworkCore;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Inspections.Checks;

/// <summary>The inspection tasks a reader sees: filtered pages (their own to do first by due time), and one task with its checklist.</summary>
public sealed class InspectionBoard(
    PortalDbContext db,
    InspectionTaskScope scope,
    SignedInUser user,
    IEnterpriseDirectory directory,
    ChecklistPhotos photoList,
    TimeProvider clock)
{
    /// <summary>Enterprises a name search can match; a wider search asks for more letters.</summary>
    private const int SearchLimit = 500;

    private static readonly InspectionTaskStatus[] Unfinished = [InspectionTaskStatus.Open, InspectionTaskStatus.InProgress];

    public async Task<PagedResult<InspectionTaskDto>> ListAsync(InspectionTaskFilter filter, PageRequest page, CancellationToken cancellationToken)
    {
        var query = await FilteredAsync(filter, page.SearchText, cancellationToken);
        var rows = await query.OrderBy(t => t.DueTime).ThenBy(t => t.EnterpriseId).ThenBy(t => t.Id).ToPagedResultAsync(page, cancellationToken);
        return new PagedResult<InspectionTaskDto>(await ToDtosAsync(rows.Items, cancellationToken), rows.TotalCount, rows.Page, rows.PageSize);
    }

    public async Task<InspectionTaskDetailDto> GetAsync(Guid id, CancellationToken cancellationToken)
    {
        var task = await scope.FindAsync(id, cancellationToken);
        var cycle = await db.Set<InspectionCycle>().IgnoreQueryFilters().AsNoTracking().FirstAsync(c => c.Id == task.CycleId, cancellationToken);
        var photos = (await photoList.ListAsync(id, cancellationToken)).ToLookup(p => p.ItemId);
        var items = (await db.Set<ChecklistItem>().IgnoreQueryFilters().AsNoTracking().Where(i => i.TaskId == id).OrderBy(i => i.SortOrder)
                .ToListAsync(cancellationToken))
            .Select(i => new ChecklistItemDto(i.Id, i.SortOrder, i.Source.ToString(), i.RiskPointId, i.RiskPoint, i.Text, i.Answer.ToString(), i.Note,
                i.AnsweredTime, i.HazardId, photos[i.Id].ToList()))
            .ToList();
        return new InspectionTaskDetailDto((await ToDtosAsync([task], cancellationToken))[0], cycle.PeriodStart, cycle.PeriodEnd,
            cycle.Status == InspectionCycleStatus.Open, items);
    }

    private async Task<IQueryable<InspectionTask>> FilteredAsync(InspectionTaskFilter filter, string? search, CancellationToken cancellationToken)
    {
        var query = await scope.VisibleAsync(filter.TownId, cancellationToken);
        if (filter.CycleId is { } cycleId)
        {
            query = query.Where(t => t.CycleId == cycleId);
        }
        if (filter.Tier is { } tier)
        {
            query = query.Where(t => t.Tier == tier);
        }
        if (filter.Status is { } status)
        {
            query = query.Where(t => t.Status == status);
        }
        if (filter.EnterpriseId is { } enterpriseId)
        {
            query = query.Where(t => t.EnterpriseId == enterpriseId);
        }
        if (filter.Overdue is { } overdue)
        {
            var now = clock.GetUtcNow().UtcDateTime;
            query = overdue
                ? query.Where(t => Unfinished.Contains(t.Status) && t.DueTime < now)
                : query.Where(t => !Unfinished.Contains(t.Status) || t.DueTime >= now);
        }
        if (filter.Flagged is { } flagged)
        {
            query = flagged ? query.Where(t => t.Flags != PerfunctoryFlags.None) : query.Where(t => t.Flags == PerfunctoryFlags.None);
        }
        if (filter.Mine)
        {
            query = query.Where(await MineAsync(cancellationToken));
        }
        if (search is not null && !scope.IsBureau)
        {
            var matches = (await directory.SearchAsync(search, SearchLimit, cancellationToken)).Select(e => e.Id).ToList();
            query = query.Where(t => matches.Contains(t.EnterpriseId));
        }
        return query;
    }

    /// <summary>t => the reader may do it: self-checks of their enterprises, patrols and inspections assigned to them or to no one.</summary>
    private async Task<Expression<Func<InspectionTask, bool>>> MineAsync(CancellationToken cancellationToken)
    {
        var me = user.Id;
        var selfCheck = await user.VisibleEnterprisesAsync(cancellationToken) is not null && await user.IsGrantedAsync(InspectionsPermissions.Checks.SelfCheck);
        var patrol = await user.IsGrantedAsync(InspectionsPermissions.Checks.Patrol);
        var inspect = await user.IsGrantedAsync(InspectionsPermissions.Checks.Inspect);
        return t => (selfCheck && t.Tier == InspectionTier.SelfCheck)
            || (patrol && t.Tier == InspectionTier.Patrol && (t.AssigneeId == null || t.AssigneeId == me))
            || (inspect && t.Tier == InspectionTier.Inspection && (t.AssigneeId == null || t.AssigneeId == me));
    }

    private async Task<IReadOnlyList<InspectionTaskDto>> ToDtosAsync(IReadOnlyList<InspectionTask> tasks, CancellationToken cancellationToken)
    {
        var enterprises = await directory.GetAsync(tasks.Select(t => t.EnterpriseId).Distinct().ToList(), cancellationToken);
        var assigneeIds = tasks.Select(t => t.AssigneeId).OfType<Guid>().Distinct().ToList();
        var names = await db.Set<PortalUser>().IgnoreQueryFilters().AsNoTracking().Where(u => assigneeIds.Contains(u.Id))
            .ToDictionaryAsync(u => u.Id, u => u.DisplayName.Length > 0 ? u.DisplayName : u.UserName ?? "", cancellationToken);
        var now = clock.GetUtcNow().UtcDateTime;
        var result = new List<InspectionTaskDto>(tasks.Count);
        foreach (var t in tasks)
        {
            result.Add(new InspectionTaskDto(t.Id, t.TenantId, t.CycleId, t.Tier.ToString(), t.EnterpriseId,
                enterprises.TryGetValue(t.EnterpriseId, out var enterprise) ? enterprise.Name : "",
                t.AssigneeId, t.AssigneeId is { } a ? names.GetValueOrDefault(a) : null, t.DueTime, t.Status.ToString(),
                Unfinished.Contains(t.Status) && t.DueTime < now, t.ItemCount, t.AnsweredCount, t.FailedCount, t.StartedTime, t.SubmittedTime,
                t.SubmitterName, t.Flags.Names(), await scope.MayPerformAsync(t, cancellationToken)));
        }
        return result;
    }
}

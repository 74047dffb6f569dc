using Microsoft.EntityFrameworkCore;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.BackgroundJobs;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.BackgroundJobs.Application;

/// <summary>The run history: a town sees its own runs (the town filter); the bureau sees every town's.</summary>
public sealed class ListJobRuns(PortalDbContext db, ICurrentTenant currentTenant, ITenantStore tenants)
{
    public async Task<PagedResult<JobRunDto>> ExecuteAsync(JobRunsRequest request, CancellationToken cancellationToken = default)
    {
        var paging = request.Paging;
        var query = Runs(db, currentTenant);
        if (paging.SearchText is { } search)
        {
            query = query.Where(r => r.JobName.Contains(search));
        }
        if (request.FailedOnly)
        {
            query = query.Where(r => !r.Succeeded);
        }
        var page = await query.OrderByDescending(r => r.StartedAt).ThenByDescending(r => r.Id)
            .ToPagedResultAsync(paging, cancellationToken);
        var towns = await TownNamesAsync(page.Items, cancellationToken);
        var items = page.Items.Select(r => new JobRunDto(r.Id, r.JobGroup, r.JobName, r.TenantId,
                r.TenantId is { } id ? towns.GetValueOrDefault(id) : null,
                r.StartedAt, r.FinishedAt, r.Succeeded, r.Attempt, r.RetryScheduled, r.Error, r.Node))
            .ToList();
        return new PagedResult<JobRunDto>(items, page.TotalCount, page.Page, page.PageSize);
    }

    /// <summary>
    /// The bureau's explicit, host-only crossing of the town filter: on the host side the filter would
    /// show only the bureau's own runs, and the bureau oversees every town's jobs.
    /// </summary>
    internal static IQueryable<BackgroundJobRun> Runs(PortalDbContext db, ICurrentTenant currentTenant) =>
        currentTenant.IsAvailable
            ? db.Set<BackgroundJobRun>().AsNoTracking()
            : db.Set<BackgroundJobRun>().AsNoTracking().IgnoreQueryFilters();

    private async Task<Dictionary<Guid, string>> TownNamesAsync(IReadOnlyList<BackgroundJobRun> runs, CancellationToken cancellationToken)
    {
        var names = new Dictionary<Guid, string>();
        foreach (var id in runs.Select(r => r.TenantId).OfType<Guid>().Distinct())
        {
            if (await tenants.FindByIdAsync(id, cancellationToken) is { } town)
            {
                names[id] = town.Name;
            }
        }
        return names;
    }
}

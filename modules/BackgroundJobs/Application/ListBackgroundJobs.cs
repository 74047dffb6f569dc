using Microsoft.EntityFrameworkCore;
using Quartz;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;
using PagedResult = SafetyPortal.Platform.Application.PagedResult<SafetyPortal.BackgroundJobs.Application.BackgroundJobDto>;

namespace SafetyPortal.BackgroundJobs.Application;

/// <summary>The jobs the scheduler holds, a page at a time (paged by the job store), with their last recorded run.</summary>
public sealed class ListBackgroundJobs(ISchedulerFactory schedulers, PortalDbContext db, ICurrentTenant currentTenant)
{
    public async Task<PagedResult> ExecuteAsync(PageRequest request, CancellationToken cancellationToken = default)
    {
        var scheduler = await schedulers.GetScheduler(cancellationToken);
        var query = new JobQuery { Skip = request.Skip, Take = request.SafePageSize, IncludeTotalCount = true };
        if (request.SearchText is { } search)
        {
            query = query with { Name = NameMatcher<JobKey>.NameContains(search) };
        }
        var jobs = await scheduler.QueryJobs(query, cancellationToken);
        var items = new List<BackgroundJobDto>();
        // A page holds a handful of jobs (one per job type), so two small indexed reads per job are cheap.
        foreach (var job in jobs.Items)
        {
            var triggers = await scheduler.QueryTriggers(new TriggerQuery { Job = job.Key, Take = PagedQuery.All }, cancellationToken);
            var lastRun = await ListJobRuns.Runs(db, currentTenant)
                .Where(r => r.JobGroup == job.Key.Group && r.JobName == job.Key.Name)
                .OrderByDescending(r => r.StartedAt)
                .Select(r => new { r.Succeeded, r.FinishedAt, r.Error })
                .FirstOrDefaultAsync(cancellationToken);
            items.Add(new BackgroundJobDto(
                job.Key.Group,
                job.Key.Name,
                job.Description,
                triggers.Items.Count,
                triggers.Items.Min(t => t.NextFireTimeUtc)?.UtcDateTime,
                triggers.Items.Max(t => t.PreviousFireTimeUtc)?.UtcDateTime,
                lastRun?.Succeeded,
                lastRun?.FinishedAt,
                lastRun?.Error));
        }
        return new PagedResult(items, jobs.TotalCount ?? items.Count, request.SafePage, request.SafePageSize);
    }
}

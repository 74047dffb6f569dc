using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.BackgroundJobs.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.BackgroundJobs;

namespace SafetyPortal.BackgroundJobs.Areas.BackgroundJobs.Pages.Jobs;

/// <summary>The bureau sees the scheduler's jobs and every run; a town sees its own runs.</summary>
[Authorize(Policy = BackgroundJobsPermissions.Runs.Default)]
public sealed class IndexModel(
    ListBackgroundJobs jobs,
    ListJobRuns runs,
    IBackgroundJobManager manager,
    IAuthorizationService authorization,
    IStringLocalizer<BackgroundJobsResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool FailedOnly { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    /// <summary>Null when the user may not see the scheduler's jobs (a town).</summary>
    public PagedResult<BackgroundJobDto>? Jobs { get; private set; }

    public PagedResult<JobRunDto> Runs { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanTrigger { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (await MayAsync(BackgroundJobsPermissions.Jobs.Default))
        {
            // Jobs are few (one per job type); the page shows them all and pages the runs.
            Jobs = await jobs.ExecuteAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken);
            CanTrigger = await MayAsync(BackgroundJobsPermissions.Jobs.Trigger);
        }
        Runs = await runs.ExecuteAsync(new JobRunsRequest(PageNumber, Search: Search, FailedOnly: FailedOnly), cancellationToken);
    }

    public async Task<IActionResult> OnPostTriggerAsync(string group, string name, CancellationToken cancellationToken)
    {
        if (!await MayAsync(BackgroundJobsPermissions.Jobs.Trigger))
        {
            return Forbid();
        }
        TempData["Message"] = await manager.TriggerNowAsync(group, name, cancellationToken)
            ? text["Triggered", JobTitle(name)].Value
            : text["JobNotFound", name].Value;
        return RedirectToPage();
    }

    /// <summary>The job's name in the user's language when its module gives one ("Job:TypeName"), else its key.</summary>
    public string JobTitle(string name)
    {
        var title = text[$"Job:{name}"];
        return title.ResourceNotFound ? name : title.Value;
    }

    private async Task<bool> MayAsync(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}

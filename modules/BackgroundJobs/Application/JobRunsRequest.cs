using SafetyPortal.Platform.Application;

namespace SafetyPortal.BackgroundJobs.Application;

/// <summary>A page of the run history, newest first; Search matches the job name, FailedOnly keeps the failed runs.</summary>
public sealed record JobRunsRequest(int Page = 1, int PageSize = PageRequest.DefaultPageSize, string? Search = null, bool FailedOnly = false)
{
    public PageRequest Paging => new(Page, PageSize, Search);
}

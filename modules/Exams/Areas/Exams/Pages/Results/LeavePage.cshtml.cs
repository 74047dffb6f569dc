using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Results;

/// <summary>切屏记录: every time a candidate left or came back to the exam page, newest first; by attempt or by name.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Results)]
public sealed class LeavePageModel(ExamResultsScope scope, ReadLeavePageLog log) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? AttemptId { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public string Title { get; private set; } = "";
    public PagedResult<LeavePageEventDto> Events { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Title = (await scope.ExamAsync(Id, cancellationToken)).Title;
        Events = await log.ListAsync(Id, AttemptId, null, new PageRequest(PageNo, Search: Search), cancellationToken);
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Statistics;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Results;

/// <summary>成绩统计: the published exams whose results the user may read (paged, searchable).</summary>
[Authorize(Policy = ExamsPermissions.Exams.Results)]
public sealed class IndexModel(ReadExamStatistics statistics) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedResult<ExamDto> Exams { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Exams = await statistics.ListExamsAsync(new PageRequest(PageNo, Search: Search), cancellationToken);
}

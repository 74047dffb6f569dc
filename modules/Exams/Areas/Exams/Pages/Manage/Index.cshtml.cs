using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Examination;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Manage;

/// <summary>考试管理: the side's exams (paged, searchable) with publish / unpublish, and its papers.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Manage)]
public sealed class IndexModel(ManageExams exams, ManagePapers papers) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int PageNo { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedResult<ExamDto> Exams { get; private set; } = null!;
    public PagedResult<PaperDto> Papers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Exams = await exams.ListAsync(new PageRequest(PageNo, Search: Search), cancellationToken);
        Papers = await papers.ListAsync(new PageRequest(1, PageRequest.MaxPageSize), cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, bool publish, CancellationToken cancellationToken)
    {
        try
        {
            await exams.PublishAsync(id, publish, cancellationToken);
        }
        catch (ValidationException invalid)
        {
            TempData["Error"] = string.Join(" ", invalid.Errors.ToDictionary().Select(e => e.Key + ": " + string.Join(" ", e.Value)));
        }
        return RedirectToPage(new { PageNo, Search });
    }
}

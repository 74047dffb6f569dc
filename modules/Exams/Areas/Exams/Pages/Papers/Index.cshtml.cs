using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Exams.Papers;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Exams.Areas.Exams.Pages.Papers;

/// <summary>试卷管理: the bureau's papers and the town's, searchable by title, paged.</summary>
[Authorize(Policy = ExamsPermissions.Exams.Manage)]
public sealed class IndexModel(ManagePapers papers) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    public PagedResult<PaperDto> Papers { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Papers = await papers.ListAsync(new PageRequest(PageNo, Search: Search), cancellationToken);
}

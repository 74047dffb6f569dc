using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Articles.Areas.Articles.Pages.CaseWarnings;

/// <summary>The reading list: published case-warning articles as cards, searchable and filtered by key site, tag and year.</summary>
[Authorize(Policy = ArticlesPermissions.CaseWarnings.Default)]
public sealed class IndexModel(ReadCaseWarnings read) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public KeySites? KeySite { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Tag { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CaseWarningRowDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await read.ReadingListAsync(new PageRequest(PageNumber, 12), new CaseWarningFilter(Q, Tag, null, KeySite, Year), cancellationToken);
}

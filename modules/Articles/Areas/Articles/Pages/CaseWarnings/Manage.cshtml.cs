using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.CaseWarnings;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.Areas.Articles.Pages.CaseWarnings;

/// <summary>The managers' list: every article of their side (the bureau's on the host, the town's in a town), by status.</summary>
[Authorize(Policy = ArticlesPermissions.CaseWarnings.Manage)]
public sealed class ManageModel(ReadCaseWarnings read) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public CaseWarningStatus? Status { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<CaseWarningRowDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await read.ManagedAsync(new PageRequest(PageNumber), new CaseWarningFilter(Q, Status: Status), cancellationToken);
}

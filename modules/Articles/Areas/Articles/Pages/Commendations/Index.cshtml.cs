using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.Areas.Articles.Pages.Commendations;

/// <summary>光荣榜: the published commendation lists (the town's; the bureau: every town's), newest first.</summary>
[Authorize(Policy = ArticlesPermissions.Commendations.Default)]
public sealed class IndexModel(ReadHonourRoll honourRoll) : PageModel
{
    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    public PagedResult<CommendationListSummaryDto> Lists { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lists = await honourRoll.ListAsync(new PageRequest(PageNo), cancellationToken);
}

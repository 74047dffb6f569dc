using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Articles.Areas.Articles.Pages.Commendations;

/// <summary>表彰审批: the bureau's queue of the towns' lists by status (proposed first).</summary>
[Authorize(Policy = ArticlesPermissions.Commendations.Approve)]
public sealed class ReviewModel(DecideCommendationLists decide) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CommendationStatus? Status { get; set; }

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNo { get; set; } = 1;

    public PagedResult<CommendationListSummaryDto> Lists { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Lists = await decide.QueueAsync(Status, new PageRequest(PageNo), cancellationToken);
}

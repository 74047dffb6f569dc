using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Articles.Commendations.Application;

namespace SafetyPortal.Articles.Areas.Articles.Pages.Commendations;

/// <summary>One honour roll: the commended enterprises and people of a published list (a phone-sized card per entry).</summary>
[Authorize(Policy = ArticlesPermissions.Commendations.Default)]
public sealed class RollModel(ReadHonourRoll honourRoll) : PageModel
{
    public CommendationListDto List { get; private set; } = null!;

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => List = await honourRoll.GetAsync(id, cancellationToken);
}

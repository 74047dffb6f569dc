using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Commendations;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.Areas.Articles.Pages.Commendations;

/// <summary>表彰排名: the town's ranking for a period with the reasons that keep candidates off; drafts a list from it; the town's lists.</summary>
[Authorize(Policy = ArticlesPermissions.Commendations.Propose)]
public sealed class RankingModel(ReadRanking ranking, ManageCommendationLists lists, TimeProvider clock, IStringLocalizer<ArticlesResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public CommendationPeriodKind Kind { get; set; } = CommendationPeriodKind.Year;

    [BindProperty(SupportsGet = true)]
    public int? Year { get; set; }

    [BindProperty(SupportsGet = true)]
    public int? Quarter { get; set; }

    [BindProperty]
    public string? Title { get; set; }

    public PagedResult<RankingEnterpriseDto>? Enterprises { get; private set; }
    public PagedResult<RankingPersonDto>? People { get; private set; }
    public PagedResult<CommendationListSummaryDto> Lists { get; private set; } = null!;

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) => ModelState.RunAsync(async () =>
    {
        var list = await lists.CreateAsync(new CreateListRequest(Title, Kind, Year, Quarter), cancellationToken);
        return RedirectToPage("List", new { id = list.Id });
    }, "", text["Commendations.ChangedMeanwhile"], async () =>
    {
        await LoadAsync(cancellationToken);
        return Page();
    });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Year ??= TimeZoneInfo.ConvertTimeFromUtc(clock.GetUtcNow().UtcDateTime, TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai")).Year;
        var period = new PeriodRequest(Kind, Year, Quarter ?? 1).ToPeriod();
        Lists = await lists.ListAsync(null, new PageRequest(1, 50), cancellationToken);
        try
        {
            (Enterprises, People) = await ranking.BothAsync(period, new PageRequest(1, PageRequest.MaxPageSize), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "");
        }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.Areas.Articles.Pages.Commendations;

/// <summary>The bureau decides on one town's list: approve, return with a reason, publish.</summary>
[Authorize(Policy = ArticlesPermissions.Commendations.Approve)]
public sealed class DecideModel(DecideCommendationLists decide, IStringLocalizer<ArticlesResource> text) : PageModel
{
    public CommendationListDto List { get; private set; } = null!;

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => List = await decide.GetAsync(id, cancellationToken);

    public Task<IActionResult> OnPostApproveAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, () => decide.ApproveAsync(id, new StampRequest(ConcurrencyStamp), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, () => decide.ReturnAsync(id, new ReasonRequest(Reason, ConcurrencyStamp), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, () => decide.PublishAsync(id, new StampRequest(ConcurrencyStamp), cancellationToken), cancellationToken);

    private Task<IActionResult> WriteAsync(Guid id, Func<Task<CommendationListDto>> write, CancellationToken cancellationToken) => ModelState.RunAsync(async () =>
    {
        await write();
        return RedirectToPage(new { id });
    }, "", text["Commendations.ChangedMeanwhile"], async () =>
    {
        List = await decide.GetAsync(id, cancellationToken);
        return Page();
    });
}

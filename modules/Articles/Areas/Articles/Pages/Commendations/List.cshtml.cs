using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Articles.Commendations.Application;
using SafetyPortal.Articles.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Articles.Areas.Articles.Pages.Commendations;

/// <summary>The town's list editor: exclude an entry with a reason, take it back, add an enterprise with a reason, propose.</summary>
[Authorize(Policy = ArticlesPermissions.Commendations.Propose)]
public sealed class ListModel(ManageCommendationLists lists, IEnterpriseDirectory directory, IStringLocalizer<ArticlesResource> text) : PageModel
{
    public CommendationListDto List { get; private set; } = null!;
    public IReadOnlyList<EnterpriseSummary> Enterprises { get; private set; } = [];

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public Guid? SubjectId { get; set; }

    public async Task OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostExcludeAsync(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        WriteAsync(id, () => lists.ExcludeEntryAsync(id, entryId, new ReasonRequest(Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRestoreAsync(Guid id, Guid entryId, CancellationToken cancellationToken) =>
        WriteAsync(id, () => lists.RestoreEntryAsync(id, entryId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(Guid id, CancellationToken cancellationToken) =>
        WriteAsync(id, () => lists.AddEntryAsync(id, new AddEntryRequest(CommendationEntryKind.Enterprise, SubjectId, Reason), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostProposeAsync(Guid id, string? concurrencyStamp, CancellationToken cancellationToken) =>
        WriteAsync(id, () => lists.ProposeAsync(id, new StampRequest(concurrencyStamp), cancellationToken), cancellationToken);

    private Task<IActionResult> WriteAsync(Guid id, Func<Task<CommendationListDto>> write, CancellationToken cancellationToken) => ModelState.RunAsync(async () =>
    {
        await write();
        return RedirectToPage(new { id });
    }, "", text["Commendations.ChangedMeanwhile"], async () =>
    {
        await LoadAsync(id, cancellationToken);
        return Page();
    });

    private async Task LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        List = await lists.GetAsync(id, cancellationToken);
        Enterprises = List.Status is CommendationStatus.Draft or CommendationStatus.Returned ? await directory.SearchAsync(null, 500, cancellationToken) : [];
    }
}

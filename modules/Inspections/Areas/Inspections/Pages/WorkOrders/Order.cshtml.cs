using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.WorkOrders;

/// <summary>
/// One work order: the campaign and its measure, the answers newest first with their photos, and for the enterprise's
/// safety staff, while the campaign runs and this period is not answered yet, the answer form (camera, note, place).
/// </summary>
[Authorize(Policy = InspectionsPermissions.WorkOrders.Default)]
public sealed class OrderModel(WorkOrderBoard board, WorkOrderAnswers answers, SignedInUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public AnswerForm Answer { get; set; } = new();

    /// <summary>Arrived here straight from answering.</summary>
    [BindProperty(SupportsGet = true)] public bool Replied { get; set; }

    public WorkOrderDetailDto Detail { get; private set; } = null!;
    public bool MayAnswer { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ModelState.RunAsync(async () =>
            {
                IReadOnlyList<IFormFile> files = Request.Form.Files.GetFiles("files");
                await answers.AnswerAsync(Id, Answer.ToRequest(), () => Task.FromResult(files), cancellationToken);
                return RedirectToPage(new { id = Id, replied = true });
            }, nameof(Answer), "", async () =>
            {
                await LoadAsync(cancellationToken);
                return Page();
            });

    /// <summary>The messages the use case gave for these fields of the answer.</summary>
    public IEnumerable<string> ErrorsOf(params string[] fields) =>
        ModelState.Where(e => fields.Any(f => string.Equals(e.Key, $"{nameof(Answer)}.{f}", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Detail = await board.GetOrderAsync(Id, cancellationToken);
        MayAnswer = Detail.Campaign.Period is not null && !Detail.Order.Answered
            && await user.VisibleEnterprisesAsync(cancellationToken) is not null
            && await user.IsGrantedAsync(InspectionsPermissions.WorkOrders.Answer);
    }
}

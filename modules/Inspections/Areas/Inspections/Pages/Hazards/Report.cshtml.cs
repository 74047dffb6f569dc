using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Hazards;

/// <summary>上报隐患: the report form; a reported hazard opens on its own page, where its photos are taken.</summary>
[Authorize(Policy = InspectionsPermissions.Hazards.Report)]
public sealed class ReportModel(ReportHazard report, SignedInUser user, IEnterpriseDirectory directory) : PageModel
{
    public const int PickerSize = 1000;

    [BindProperty] public ReportForm Input { get; set; } = new();

    public IReadOnlyList<EnterpriseSummary> Enterprises { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ModelState.RunAsync(async () =>
            {
                var reported = await report.ReportAsync(Input.ToRequest(), cancellationToken);
                return RedirectToPage("Details", new { id = reported.Id, reported = true });
            }, nameof(Input), "", async () =>
            {
                await LoadAsync(cancellationToken);
                return Page();
            });

    /// <summary>Town staff pick any enterprise of the town; enterprise staff their own.</summary>
    private async Task LoadAsync(CancellationToken cancellationToken) =>
        Enterprises = await user.VisibleEnterprisesAsync(cancellationToken) is { } own
            ? [.. (await directory.GetAsync(own, cancellationToken)).Values.OrderBy(e => e.Name, StringComparer.Ordinal)]
            : await directory.SearchAsync(null, PickerSize, cancellationToken);
}

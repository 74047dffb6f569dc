using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Hazards;

/// <summary>隐患台账: the counts with the closure rate, the filtered register with Excel, and the report form.</summary>
[Authorize(Policy = InspectionsPermissions.Hazards.Default)]
public sealed class IndexModel(HazardRegister register, ReportHazard report, SignedInUser user, IEnterpriseDirectory directory) : PageModel
{
    public const int PickerSize = 1000;

    [BindProperty(SupportsGet = true)] public HazardStatus? Status { get; set; }
    [BindProperty(SupportsGet = true)] public HazardLevel? Level { get; set; }
    [BindProperty(SupportsGet = true)] public bool? Overdue { get; set; }
    [BindProperty(SupportsGet = true)] public string? Search { get; set; }
    [BindProperty(SupportsGet = true, Name = "page")] public int PageNumber { get; set; } = 1;
    [BindProperty] public ReportForm Input { get; set; } = new();

    public HazardSummaryDto Summary { get; private set; } = null!;
    public PagedResult<HazardDto> Result { get; private set; } = null!;
    public IReadOnlyList<EnterpriseSummary> Enterprises { get; private set; } = [];
    public bool MayReport { get; private set; }
    public HazardDto? Reported { get; private set; }

    public string ExportUrl =>
        $"/api/inspections/hazards/export?status={Status}&level={Level}&overdue={Overdue}&search={Uri.EscapeDataString(Search ?? "")}";

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ModelState.RunAsync(async () =>
            {
                Reported = await report.ReportAsync(Input.ToRequest(), cancellationToken);
                Input = new ReportForm();
                await LoadAsync(cancellationToken);
                return Page();
            }, nameof(Input), "", async () =>
            {
                await LoadAsync(cancellationToken);
                return Page();
            });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var filter = new HazardFilter(Status, Level, null, Overdue);
        Summary = await register.SummaryAsync(filter, Search, cancellationToken);
        Result = await register.ListAsync(filter, new PageRequest(PageNumber, PageRequest.DefaultPageSize, Search), cancellationToken);
        MayReport = user.TenantId is not null && await user.IsGrantedAsync(InspectionsPermissions.Hazards.Report);
        if (MayReport)
        {
            Enterprises = await user.VisibleEnterprisesAsync(cancellationToken) is { } own
                ? [.. (await directory.GetAsync(own, cancellationToken)).Values.OrderBy(e => e.Name, StringComparer.Ordinal)]
                : await directory.SearchAsync(null, PickerSize, cancellationToken);
        }
    }
}

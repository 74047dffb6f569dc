using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.Cycles;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.WorkOrders;
using SafetyPortal.Platform.Screening;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.WorkOrders;

/// <summary>下发工单: a campaign's facts and a saved screening or the key sites choosing its enterprises; a pushed campaign opens on its own page.</summary>
[Authorize(Policy = InspectionsPermissions.WorkOrders.Manage)]
public sealed class PushModel(PushWorkOrders push, WorkOrderBoard board, IEnterpriseScreening screening, TimeProvider clock) : PageModel
{
    /// <summary>The days a new form proposes: from today for a week.</summary>
    private const int ProposedDays = 7;

    [BindProperty] public PushForm Input { get; set; } = new();

    /// <summary>The saved screenings the user may push to.</summary>
    public IReadOnlyList<SavedScreeningChoice> SavedScreenings { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        SavedScreenings = await screening.SavedAsync(cancellationToken);
        var today = CyclePeriod.ChinaDay(clock.GetUtcNow().UtcDateTime);
        Input = new PushForm { Frequency = WorkOrderFrequency.Daily, FirstDay = today, LastDay = today.AddDays(ProposedDays - 1) };
    }

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ModelState.RunAsync(async () =>
            {
                var id = await push.PushAsync(Input.ToRequest(), cancellationToken);
                var campaign = await board.GetCampaignAsync(id, cancellationToken);
                return RedirectToPage("Campaign", new { id, pushed = campaign.Target });
            }, nameof(Input), "", async () =>
            {
                SavedScreenings = await screening.SavedAsync(cancellationToken);
                return Page();
            });

    /// <summary>The messages under the form's prefix for the fields the use case names (the screening's own ones start with "conditions").</summary>
    public IEnumerable<string> ErrorsOf(params string[] fields) =>
        ModelState.Where(e => fields.Any(f => e.Key.StartsWith($"{nameof(Input)}.{f}", StringComparison.OrdinalIgnoreCase)))
            .SelectMany(e => e.Value!.Errors).Select(e => e.ErrorMessage);
}

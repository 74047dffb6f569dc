using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Enterprises;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Risks.Application;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Points;

/// <summary>Report a new risk point, or edit one (the edit waits for the town's verification again).</summary>
[Authorize(Policy = RisksPermissions.Points.Report)]
public sealed class EditModel(
    ReadRiskRegister register, ReportRiskPoints report, RiskPointScope scope, IEnterpriseDirectory directory, IStringLocalizer<RisksResource> text)
    : PageModel
{
    [BindProperty]
    public RiskPointForm Input { get; set; } = new();

    /// <summary>Enterprises to choose from; empty when the user reports for exactly one.</summary>
    public IReadOnlyList<EnterpriseSummary> Enterprises { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken cancellationToken)
    {
        if (id is { } existing)
        {
            try
            {
                Input = RiskPointForm.From(await register.GetCardAsync(existing, cancellationToken));
            }
            catch (EntityNotFoundException)
            {
                return NotFound();
            }
        }
        await LoadEnterprisesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken cancellationToken)
    {
        try
        {
            var card = id is { } existing
                ? await report.UpdateAsync(existing, Input.ToRequest(), cancellationToken)
                : await report.ReportAsync(Input.ToRequest(), cancellationToken);
            return RedirectToPage("Details", new { id = card.Id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError("", text["EditedMeanwhile"]);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        await LoadEnterprisesAsync(cancellationToken);
        return Page();
    }

    private async Task LoadEnterprisesAsync(CancellationToken cancellationToken)
    {
        var visible = await scope.VisibleEnterprisesAsync(cancellationToken);
        Enterprises = visible is { Count: 1 } ? [] : await directory.SearchAsync(null, 500, cancellationToken);
    }
}

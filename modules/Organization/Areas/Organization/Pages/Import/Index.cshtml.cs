using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Organization.Import;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Import;

/// <summary>Upload a spreadsheet, watch its progress, read its report; the page polls the import API while a job runs.</summary>
[Authorize(Policy = OrganizationPermissions.Import.Default)]
public sealed class IndexModel(ManageImports imports) : PageModel
{
    /// <summary>The report lists this many reasons on the page; the downloaded workbook has all of them.</summary>
    public const int ShownErrors = 500;

    [BindProperty(SupportsGet = true)]
    public Guid? Job { get; set; }

    [BindProperty]
    public ImportKind Kind { get; set; } = ImportKind.Staff;

    [BindProperty]
    public IFormFile? Upload { get; set; }

    public ImportJobDto? Current { get; private set; }
    public PagedResult<ImportJobSummaryDto> Recent { get; private set; } = new([], 0, 1, 10);

    public bool IsRunning => Current?.Status is ImportJobStatus.Queued or ImportJobStatus.Validating or ImportJobStatus.Writing;

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var job = await imports.StartAsync(Kind, Upload, cancellationToken);
            return RedirectToPage(new { job = job.Id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "Input");
        }
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        if (Job is { } id)
        {
            Current = await imports.GetAsync(id, cancellationToken);
        }
        Recent = await imports.ListAsync(new PageRequest(1, 10), cancellationToken);
    }
}

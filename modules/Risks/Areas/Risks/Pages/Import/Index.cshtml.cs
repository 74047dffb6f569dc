using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Import;
using SafetyPortal.Risks.Import;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Import;

/// <summary>Upload a catalogue or a risk-point workbook and read the per-row report.</summary>
[Authorize(Policy = RisksPermissions.Points.Default)]
public sealed class IndexModel(CatalogueImport catalogue, RiskPointImport points, IAuthorizationService authorization, IStringLocalizer<RisksResource> text)
    : PageModel
{
    public RiskImportResult? Result { get; private set; }
    public bool CanImportCatalogue { get; private set; }
    public bool CanImportPoints { get; private set; }

    public Task OnGetAsync() => LoadAsync();

    public Task<IActionResult> OnPostCatalogueAsync(IFormFile? file, CancellationToken cancellationToken) =>
        RunAsync(file, RisksPermissions.Catalogue.Manage, (s, f) => catalogue.RunAsync(s, f, cancellationToken));

    public Task<IActionResult> OnPostPointsAsync(IFormFile? file, CancellationToken cancellationToken) =>
        RunAsync(file, RisksPermissions.Points.Report, (s, f) => points.RunAsync(s, f, cancellationToken));

    private async Task<IActionResult> RunAsync(IFormFile? file, string permission, Func<Stream, ImportFileFormat, Task<ImportReport>> run)
    {
        if (!(await authorization.AuthorizeAsync(User, permission)).Succeeded)
        {
            return Forbid();
        }
        await LoadAsync();
        Result = await RiskImportUpload.RunAsync(file, text, run);
        return Page();
    }

    private async Task LoadAsync()
    {
        CanImportCatalogue = (await authorization.AuthorizeAsync(User, RisksPermissions.Catalogue.Manage)).Succeeded;
        CanImportPoints = (await authorization.AuthorizeAsync(User, RisksPermissions.Points.Report)).Succeeded;
    }
}

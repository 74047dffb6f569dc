using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Inspections.Domain;
using SafetyPortal.Inspections.Hazards;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Inspections.Areas.Inspections.Pages.Hazards;

/// <summary>One hazard: its facts, its photos as found and after the rectification, and (on a phone) taking more.</summary>
[Authorize(Policy = InspectionsPermissions.Hazards.Default)]
public sealed class DetailsModel(HazardRegister register, HazardPhotos photos, SignedInUser user) : PageModel
{
    [BindProperty(SupportsGet = true)] public Guid Id { get; set; }
    [BindProperty] public HazardPhotoStage Stage { get; set; }

    /// <summary>Arrived here straight from the report form.</summary>
    [BindProperty(SupportsGet = true)] public bool Reported { get; set; }

    public HazardDto Hazard { get; private set; } = null!;
    public IReadOnlyList<HazardPhotoDto> Photos { get; private set; } = [];
    public bool MayUpload { get; private set; }
    public bool MayAddAfter => Hazard.Status is nameof(HazardStatus.Rectifying) or nameof(HazardStatus.Verifying);
    public int? Uploaded { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAsync(CancellationToken cancellationToken) =>
        ModelState.RunAsync(async () =>
            {
                IReadOnlyList<IFormFile> files = Request.Form.Files.GetFiles("files");
                await photos.UploadAsync(Id, Stage, () => Task.FromResult(files), cancellationToken);
                Uploaded = files.Count;
                await LoadAsync(cancellationToken);
                return Page();
            }, "", "", async () =>
            {
                await LoadAsync(cancellationToken);
                return Page();
            });

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Hazard = await register.GetAsync(Id, cancellationToken);
        Photos = await photos.ListAsync(Id, cancellationToken);
        MayUpload = Hazard.Status != nameof(HazardStatus.Closed) && user.TenantId is not null
            && await user.IsGrantedAsync(InspectionsPermissions.Hazards.Report);
        if (MayAddAfter && Request.Method == HttpMethods.Get)
        {
            Stage = HazardPhotoStage.After;
        }
    }
}

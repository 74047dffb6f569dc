using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Domain;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Risks.Application;

namespace SafetyPortal.Risks.Areas.Risks.Pages.Points;

/// <summary>The risk-point card: measures, check points, history; the town verifies or returns it here.</summary>
[Authorize(Policy = RisksPermissions.Points.Default)]
public sealed class DetailsModel(ReadRiskRegister register, ReviewRiskPoints review, IAuthorizationService authorization) : PageModel
{
    public RiskPointCardDto Card { get; private set; } = null!;
    public bool CanVerify { get; private set; }
    public bool CanReport { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public string? ConcurrencyStamp { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken);

    public Task<IActionResult> OnPostVerifyAsync(Guid id, CancellationToken cancellationToken) =>
        ReviewAsync(id, () => review.VerifyAsync(id, new ReviewRequest(Reason, ConcurrencyStamp), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostReturnAsync(Guid id, CancellationToken cancellationToken) =>
        ReviewAsync(id, () => review.ReturnAsync(id, new ReviewRequest(Reason, ConcurrencyStamp), cancellationToken), cancellationToken);

    private async Task<IActionResult> ReviewAsync(Guid id, Func<Task> act, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, RisksPermissions.Points.Verify)).Succeeded)
        {
            return Forbid();
        }
        try
        {
            await act();
            return RedirectToPage(new { id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "", []);
            return await LoadAsync(id, cancellationToken);
        }
    }

    private async Task<IActionResult> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        try
        {
            Card = await register.GetCardAsync(id, cancellationToken);
        }
        catch (EntityNotFoundException)
        {
            return NotFound();
        }
        CanVerify = (await authorization.AuthorizeAsync(User, RisksPermissions.Points.Verify)).Succeeded;
        CanReport = (await authorization.AuthorizeAsync(User, RisksPermissions.Points.Report)).Succeeded;
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Enterprises;

[Authorize(Policy = OrganizationPermissions.Enterprises.Manage)]
public sealed class EditModel(ManageEnterprises enterprises, IStringLocalizer<OrganizationResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public EnterpriseForm Input { get; set; } = new();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id is { } id)
        {
            Input = EnterpriseForm.From(await enterprises.GetAsync(id, cancellationToken));
        }
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            var request = Input.ToRequest();
            var saved = Id is { } id ? await enterprises.UpdateAsync(id, request, cancellationToken) : await enterprises.CreateAsync(request, cancellationToken);
            TempData["Message"] = text["Saved"].Value;
            return RedirectToPage("Details", new { id = saved.Id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input));
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["ConcurrencyConflict"]);
        }
        return Page();
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Tenants;

[Authorize(Policy = OrganizationPermissions.Tenants.Default)]
public sealed class EditModel(ManageTenants tenants, CreateTown createTown, IAuthorizationService authorization, IStringLocalizer<OrganizationResource> text)
    : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public TenantForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync())
        {
            return Forbid();
        }
        if (Id is { } id)
        {
            var tenant = await tenants.GetAsync(id, cancellationToken);
            Input = new TenantForm { Code = tenant.Code, Name = tenant.Name, IsActive = tenant.IsActive, ConcurrencyStamp = tenant.ConcurrencyStamp };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync())
        {
            return Forbid();
        }
        var request = new SaveTenantRequest(Input.Code, Input.Name, Input.IsActive, Input.ConcurrencyStamp, Input.AdminUserName, Input.AdminPassword);
        try
        {
            _ = Id is { } id ? await tenants.UpdateAsync(id, request, cancellationToken) : await createTown.ExecuteAsync(request, cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input));
            return Page();
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["ConcurrencyConflict"]);
            return Page();
        }
        TempData["Message"] = text["Saved"].Value;
        return RedirectToPage("Index");
    }

    private async Task<bool> MayAsync() =>
        (await authorization.AuthorizeAsync(User, Id is null ? OrganizationPermissions.Tenants.Create : OrganizationPermissions.Tenants.Edit)).Succeeded;

    public sealed class TenantForm
    {
        public string? Code { get; set; }
        public string? Name { get; set; }
        public bool IsActive { get; set; } = true;
        public string? ConcurrencyStamp { get; set; }
        public string? AdminUserName { get; set; }
        public string? AdminPassword { get; set; }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Roles;

[Authorize(Policy = IdentityPermissions.Roles.Default)]
public sealed class EditModel(ManageRoles roles, IAuthorizationService authorization, IStringLocalizer<IdentityResource> text) : PageModel
{
    private static readonly string[] FormFields = [nameof(SaveRoleRequest.Name)];

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public RoleForm Input { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync())
        {
            return Forbid();
        }
        if (Id is { } id)
        {
            var role = await roles.GetAsync(id, cancellationToken);
            Input = new RoleForm { Name = role.Name, ConcurrencyStamp = role.ConcurrencyStamp };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync())
        {
            return Forbid();
        }
        var request = new SaveRoleRequest(Input.Name, Input.ConcurrencyStamp);
        try
        {
            _ = Id is { } id ? await roles.UpdateAsync(id, request, cancellationToken) : await roles.CreateAsync(request, cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input), FormFields);
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
        (await authorization.AuthorizeAsync(User, Id is null ? IdentityPermissions.Roles.Create : IdentityPermissions.Roles.Edit)).Succeeded;

    public sealed class RoleForm
    {
        public string? Name { get; set; }
        public string? ConcurrencyStamp { get; set; }
    }
}

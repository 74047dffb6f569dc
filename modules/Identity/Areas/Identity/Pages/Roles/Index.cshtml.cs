using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Roles;

[Authorize(Policy = IdentityPermissions.Roles.Default)]
public sealed class IndexModel(ManageRoles roles, IAuthorizationService authorization, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<RoleDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanCreate { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanManagePermissions { get; private set; }

    [TempData]
    public string? Error { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await roles.ListAsync(new PageRequest(PageNumber, Search: Search), cancellationToken);
        CanCreate = await MayAsync(IdentityPermissions.Roles.Create);
        CanEdit = await MayAsync(IdentityPermissions.Roles.Edit);
        CanDelete = await MayAsync(IdentityPermissions.Roles.Delete);
        CanManagePermissions = await MayAsync(IdentityPermissions.Roles.ManagePermissions);
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await MayAsync(IdentityPermissions.Roles.Delete))
        {
            return Forbid();
        }
        try
        {
            await roles.DeleteAsync(id, cancellationToken);
            TempData["Message"] = text["RoleDeleted"].Value;
        }
        catch (ValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.ToDictionary().SelectMany(e => e.Value));
        }
        return RedirectToPage(new { search = Search });
    }

    private async Task<bool> MayAsync(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}

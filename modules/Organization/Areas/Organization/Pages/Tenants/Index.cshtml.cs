using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Tenants;

[Authorize(Policy = OrganizationPermissions.Tenants.Default)]
public sealed class IndexModel(ManageTenants tenants, SwitchTown switchTown, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<TenantDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanCreate { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanEnter { get; private set; }

    /// <summary>Why switching into a town failed, shown above the list.</summary>
    public string? EnterError { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await tenants.ListAsync(new PageRequest(PageNumber, Search: Search), cancellationToken);
        CanCreate = await IsGrantedAsync(OrganizationPermissions.Tenants.Create);
        CanEdit = await IsGrantedAsync(OrganizationPermissions.Tenants.Edit);
        CanEnter = await IsGrantedAsync(OrganizationPermissions.Tenants.Enter);
    }

    /// <summary>Switch into the town as its admin, then go to its dashboard.</summary>
    public async Task<IActionResult> OnPostEnterAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await IsGrantedAsync(OrganizationPermissions.Tenants.Enter))
        {
            return Forbid();
        }
        try
        {
            await switchTown.EnterAsync(id, new EnterTownRequest(), User, IdentityConstants.ApplicationScheme, cancellationToken);
            return LocalRedirect("~/");
        }
        catch (ValidationException e)
        {
            EnterError = string.Join(" ", e.Errors.ToDictionary().SelectMany(f => f.Value));
        }
        catch (ForbiddenException e)
        {
            EnterError = e.Message;
        }
        await OnGetAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> IsGrantedAsync(string permission) =>
        (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}

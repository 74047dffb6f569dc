using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Tenants;

[Authorize(Policy = OrganizationPermissions.Tenants.Default)]
public sealed class IndexModel(ManageTenants tenants, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<TenantDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanCreate { get; private set; }
    public bool CanEdit { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await tenants.ListAsync(new PageRequest(PageNumber, Search: Search), cancellationToken);
        CanCreate = (await authorization.AuthorizeAsync(User, OrganizationPermissions.Tenants.Create)).Succeeded;
        CanEdit = (await authorization.AuthorizeAsync(User, OrganizationPermissions.Tenants.Edit)).Succeeded;
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Enterprises;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Enterprises;

[Authorize(Policy = OrganizationPermissions.Enterprises.Default)]
public sealed class IndexModel(ManageEnterprises enterprises, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(SupportsGet = true)]
    public KeySites? KeySite { get; set; }

    [BindProperty(SupportsGet = true)]
    public RegulatoryGrade? Grade { get; set; }

    /// <summary>Only the enterprises of this grid (the grid list links here).</summary>
    [BindProperty(SupportsGet = true)]
    public Guid? GridId { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<EnterpriseDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanManage { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await enterprises.ListAsync(new PageRequest(PageNumber, Search: Search), new EnterpriseFilter(KeySite, Grade, GridId: GridId), cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, OrganizationPermissions.Enterprises.Manage)).Succeeded;
    }
}

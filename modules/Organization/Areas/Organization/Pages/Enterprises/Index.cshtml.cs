using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Enterprises;

[Authorize(Policy = OrganizationPermissions.Enterprises.Default)]
public sealed class IndexModel(ListEnterprises enterprises) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<EnterpriseDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Result = await enterprises.ExecuteAsync(new PageRequest(PageNumber, Search: Search), cancellationToken);
}

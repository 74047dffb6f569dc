using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Grids;

/// <summary>The town's grids with their officers and enterprise counts; managers create grids here.</summary>
[Authorize(Policy = OrganizationPermissions.Grids.Default)]
public sealed class IndexModel(ManageGrids grids, IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    [BindProperty]
    public SaveGridRequest Input { get; set; } = new(null);

    public PagedResult<GridDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanManage { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, OrganizationPermissions.Grids.Manage)).Succeeded)
        {
            return Forbid();
        }
        return await ModelState.RunAsync(async () =>
        {
            var created = await grids.CreateAsync(Input, cancellationToken);
            return RedirectToPage("Details", new { created.Id });
        }, nameof(Input), "", async () =>
        {
            await LoadAsync(cancellationToken);
            return Page();
        });
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Result = await grids.ListAsync(new PageRequest(PageNumber, Search: Search), cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, OrganizationPermissions.Grids.Manage)).Succeeded;
    }
}

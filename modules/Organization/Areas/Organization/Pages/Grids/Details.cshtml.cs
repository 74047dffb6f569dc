using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Grids;

/// <summary>One grid: its officer and its enterprises; managers rename it, name its officer, put enterprises in and take them out.</summary>
[Authorize(Policy = OrganizationPermissions.Grids.Default)]
public sealed class DetailsModel(
    ManageGrids grids,
    AssignGridEnterprises assign,
    GridOfficers officers,
    ManageEnterprises enterprises,
    IAuthorizationService authorization) : PageModel
{
    /// <summary>Enterprises offered for putting in at once; the search narrows them.</summary>
    private const int Candidates = 50;

    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    /// <summary>Text to find enterprises to put in.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Find { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public GridDto Grid { get; private set; } = null!;
    public PagedResult<EnterpriseDto> Members { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public IReadOnlyList<EnterpriseDto> Others { get; private set; } = [];
    public IReadOnlyList<GridOfficerDto> Officers { get; private set; } = [];
    public bool CanManage { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(string? name, CancellationToken cancellationToken) =>
        WriteAsync(() => grids.RenameAsync(Id, new SaveGridRequest(name), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostOfficerAsync(Guid? officerId, CancellationToken cancellationToken) =>
        WriteAsync(() => grids.SetOfficerAsync(Id, new SetGridOfficerRequest(officerId), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddAsync(List<Guid> enterpriseIds, CancellationToken cancellationToken) =>
        WriteAsync(() => assign.AddAsync(Id, new GridEnterprisesRequest(enterpriseIds), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveAsync(List<Guid> enterpriseIds, CancellationToken cancellationToken) =>
        WriteAsync(() => assign.RemoveAsync(Id, new GridEnterprisesRequest(enterpriseIds), cancellationToken), cancellationToken);

    public async Task<IActionResult> OnPostDeleteAsync(CancellationToken cancellationToken)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }
        await grids.DeleteAsync(Id, cancellationToken);
        return RedirectToPage("Index");
    }

    private async Task<IActionResult> WriteAsync(Func<Task> write, CancellationToken cancellationToken)
    {
        if (!await MayManageAsync())
        {
            return Forbid();
        }
        // Every form's errors go to the summary: they name the field (or the enterprise) themselves.
        return await ModelState.RunAsync(async () =>
        {
            await write();
            return RedirectToPage(new { Id });
        }, "", "", async () =>
        {
            await LoadAsync(cancellationToken);
            return Page();
        });
    }

    private async Task<bool> MayManageAsync() => (await authorization.AuthorizeAsync(User, OrganizationPermissions.Grids.Manage)).Succeeded;

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Grid = await grids.GetAsync(Id, cancellationToken);
        Members = await enterprises.ListAsync(new PageRequest(PageNumber), new EnterpriseFilter(GridId: Id), cancellationToken);
        CanManage = await MayManageAsync();
        if (CanManage)
        {
            Officers = await officers.ListAsync(cancellationToken);
            var found = await enterprises.ListAsync(new PageRequest(1, Candidates, Find), new EnterpriseFilter(), cancellationToken);
            Others = [.. found.Items.Where(e => e.GridId != Id)];
        }
    }
}

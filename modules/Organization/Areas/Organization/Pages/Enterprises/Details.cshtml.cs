using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;
using SafetyPortal.Organization.Domain;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Ui;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Enterprises;

/// <summary>An enterprise's card: its profile, its units and its people; managers edit them here.</summary>
[Authorize(Policy = OrganizationPermissions.Enterprises.Default)]
public sealed class DetailsModel(
    ManageEnterprises enterprises,
    ManageOrganizationUnits units,
    ManageMembers members,
    IAuthorizationService authorization) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public EnterpriseDetailDto Enterprise { get; private set; } = null!;
    public IReadOnlyList<OrganizationUnitDto> Units { get; private set; } = [];
    public PagedResult<MemberDto> Members { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public bool CanManage { get; private set; }

    public Task OnGetAsync(CancellationToken cancellationToken) => LoadAsync(cancellationToken);

    public Task<IActionResult> OnPostAddUnitAsync(Guid parentId, OrganizationUnitKind kind, string? displayName, CancellationToken cancellationToken) =>
        ChangeAsync(() => units.CreateChildAsync(parentId, new SaveUnitRequest(displayName, kind), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostDeleteUnitAsync(Guid unitId, CancellationToken cancellationToken) =>
        ChangeAsync(() => units.DeleteAsync(unitId, cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostAddMemberAsync(Guid unitId, string? userName, string? position, CancellationToken cancellationToken) =>
        ChangeAsync(() => members.AddAsync(unitId, new AddMemberRequest(userName, position), cancellationToken), cancellationToken);

    public Task<IActionResult> OnPostRemoveMemberAsync(Guid unitId, Guid userId, CancellationToken cancellationToken) =>
        ChangeAsync(() => members.RemoveAsync(unitId, userId, cancellationToken), cancellationToken);

    private async Task<IActionResult> ChangeAsync(Func<Task> change, CancellationToken cancellationToken)
    {
        if (!(await authorization.AuthorizeAsync(User, OrganizationPermissions.Enterprises.Manage)).Succeeded)
        {
            return Forbid();
        }
        try
        {
            await change();
            return RedirectToPage(new { Id });
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, "Change");
            await LoadAsync(cancellationToken);
            return Page();
        }
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Enterprise = await enterprises.GetAsync(Id, cancellationToken);
        Units = await units.GetTreeAsync(Id, cancellationToken);
        Members = await members.ListAsync(Id, new PageRequest(PageNumber), cancellationToken);
        CanManage = (await authorization.AuthorizeAsync(User, OrganizationPermissions.Enterprises.Manage)).Succeeded;
    }
}

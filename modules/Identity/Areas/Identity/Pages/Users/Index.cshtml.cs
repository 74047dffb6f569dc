using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Identity.Application.Users;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Users;

[Authorize(Policy = IdentityPermissions.Users.Default)]
public sealed class IndexModel(
    UserQueries users,
    ManageUsers manage,
    UserLockout lockout,
    RoleDisplayNames roleNames,
    IAuthorizationService authorization,
    Microsoft.Extensions.Localization.IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Search { get; set; }

    [BindProperty(Name = "page", SupportsGet = true)]
    public int PageNumber { get; set; } = 1;

    public PagedResult<UserListItemDto> Result { get; private set; } = new([], 0, 1, PageRequest.DefaultPageSize);
    public RoleDisplayNames RoleNames => roleNames;
    public bool CanCreate { get; private set; }
    public bool CanEdit { get; private set; }
    public bool CanDelete { get; private set; }
    public bool CanManagePermissions { get; private set; }

    [TempData]
    public string? Error { get; set; }

    /// <summary>Nobody locks or deletes their own account (the API refuses it too), so those buttons are left out on the own row.</summary>
    public bool IsSelf(Guid id) => User.FindFirst(System.Security.Claims.ClaimTypes.NameIdentifier)?.Value == id.ToString();

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await users.ListAsync(new PageRequest(PageNumber, Search: Search), cancellationToken);
        CanCreate = await MayAsync(IdentityPermissions.Users.Create);
        CanEdit = await MayAsync(IdentityPermissions.Users.Edit);
        CanDelete = await MayAsync(IdentityPermissions.Users.Delete);
        CanManagePermissions = await MayAsync(IdentityPermissions.Users.ManagePermissions);
    }

    public Task<IActionResult> OnPostLockAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(IdentityPermissions.Users.Edit, () => lockout.LockAsync(id, User, cancellationToken), "UserLocked");

    public Task<IActionResult> OnPostUnlockAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(IdentityPermissions.Users.Edit, () => lockout.UnlockAsync(id, cancellationToken), "UserUnlocked");

    public Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken) =>
        ActAsync(IdentityPermissions.Users.Delete, () => manage.DeleteAsync(id, User, cancellationToken), "UserDeleted");

    private async Task<IActionResult> ActAsync(string permission, Func<Task> action, string doneKey)
    {
        if (!await MayAsync(permission))
        {
            return Forbid();
        }
        try
        {
            await action();
            TempData["Message"] = text[doneKey].Value;
        }
        catch (ValidationException ex)
        {
            Error = string.Join(" ", ex.Errors.ToDictionary().SelectMany(e => e.Value));
        }
        return RedirectToPage(new { search = Search, page = PageNumber });
    }

    private async Task<bool> MayAsync(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;
}

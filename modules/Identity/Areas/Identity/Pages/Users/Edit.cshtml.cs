using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Identity.Application.Roles;
using SafetyPortal.Identity.Application.Users;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Users;

[Authorize(Policy = IdentityPermissions.Users.Default)]
public sealed class EditModel(
    UserQueries queries,
    ManageUsers manage,
    UserLockout lockout,
    ManageRoles roles,
    IAuthorizationService authorization,
    IStringLocalizer<IdentityResource> text) : PageModel
{
    private static readonly string[] FormFields =
    [
        nameof(SaveUserRequest.UserName), nameof(SaveUserRequest.DisplayName), nameof(SaveUserRequest.PhoneNumber),
        nameof(SaveUserRequest.Password), nameof(SaveUserRequest.RoleNames),
    ];

    [BindProperty(SupportsGet = true)]
    public Guid? Id { get; set; }

    [BindProperty]
    public UserForm Input { get; set; } = new();

    public IReadOnlyList<RoleDto> Roles { get; private set; } = [];
    public bool TwoFactorEnabled { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync(Id is null ? IdentityPermissions.Users.Create : IdentityPermissions.Users.Edit))
        {
            return Forbid();
        }
        Roles = await roles.GetAllAsync(cancellationToken);
        if (Id is { } id)
        {
            var user = await queries.GetAsync(id, cancellationToken);
            TwoFactorEnabled = user.TwoFactorEnabled;
            Input = new UserForm
            {
                UserName = user.UserName,
                DisplayName = user.DisplayName,
                PhoneNumber = user.PhoneNumber,
                IsActive = user.IsActive,
                RoleNames = [.. user.RoleNames],
                ConcurrencyStamp = user.ConcurrencyStamp,
            };
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (!await MayAsync(Id is null ? IdentityPermissions.Users.Create : IdentityPermissions.Users.Edit))
        {
            return Forbid();
        }
        var request = new SaveUserRequest(Input.UserName, Input.DisplayName, Input.PhoneNumber, Input.Password, Input.IsActive,
            Input.RoleNames, Input.ConcurrencyStamp);
        try
        {
            _ = Id is { } id ? await manage.UpdateAsync(id, request, cancellationToken) : await manage.CreateAsync(request, cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input), FormFields);
            return await RedisplayAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            ModelState.AddModelError(string.Empty, text["ConcurrencyConflict"]);
            return await RedisplayAsync(cancellationToken);
        }
        TempData["Message"] = text["Saved"].Value;
        return RedirectToPage("Index");
    }

    public async Task<IActionResult> OnPostResetTwoFactorAsync(CancellationToken cancellationToken)
    {
        if (Id is not { } id || !await MayAsync(IdentityPermissions.Users.Edit))
        {
            return Forbid();
        }
        await lockout.ResetTwoFactorAsync(id, cancellationToken);
        TempData["Message"] = text["TwoFactorReset"].Value;
        return RedirectToPage(new { id });
    }

    private async Task<IActionResult> RedisplayAsync(CancellationToken cancellationToken)
    {
        Roles = await roles.GetAllAsync(cancellationToken);
        if (Id is { } id)
        {
            TwoFactorEnabled = (await queries.GetAsync(id, cancellationToken)).TwoFactorEnabled;
        }
        return Page();
    }

    private async Task<bool> MayAsync(string permission) => (await authorization.AuthorizeAsync(User, permission)).Succeeded;

    public sealed class UserForm
    {
        public string? UserName { get; set; }
        public string? DisplayName { get; set; }
        public string? PhoneNumber { get; set; }
        public string? Password { get; set; }
        public bool IsActive { get; set; } = true;
        public List<string> RoleNames { get; set; } = [];
        public string? ConcurrencyStamp { get; set; }
    }
}

using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Web.Pages.Account;

/// <summary>Sign in to the bureau or to one town; the chosen town is remembered for next time.</summary>
[AllowAnonymous]
public sealed class LoginModel(
    SignInManager<PortalUser> signIn,
    ITenantStore tenants,
    ICurrentTenant currentTenant,
    IStringLocalizer<SharedResource> text) : PageModel
{
    [BindProperty]
    public LoginForm Input { get; set; } = new();

    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    public IReadOnlyList<TenantInfo> Towns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Towns = await tenants.GetActiveAsync(cancellationToken);
        // The town this address names (sub-domain, __tenant, or the one chosen last time) comes preselected.
        Input.Tenant = Towns.FirstOrDefault(t => t.Id == currentTenant.Id)?.Code;
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        Towns = await tenants.GetActiveAsync(cancellationToken);
        if (!ModelState.IsValid)
        {
            return Page();
        }
        TenantInfo? town = null;
        if (!string.IsNullOrWhiteSpace(Input.Tenant))
        {
            town = await tenants.FindByCodeAsync(Input.Tenant, cancellationToken);
            if (town is not { IsActive: true })
            {
                ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Tenant)}", text["TownUnavailable"]);
                return Page();
            }
        }
        if (town is not null)
        {
            // A visitor has no town yet: the attempt belongs in the audit log of the town it signs in to.
            HttpContext.Features.Set(new RequestTenantFeature(town.Id, town.Name));
        }
        Microsoft.AspNetCore.Identity.SignInResult result;
        using (currentTenant.Change(town?.Id, town?.Name))
        {
            var user = await signIn.UserManager.FindByNameAsync(Input.UserName!);
            result = user is { IsActive: true }
                ? await signIn.PasswordSignInAsync(user, Input.Password!, Input.RememberMe, lockoutOnFailure: true)
                : Microsoft.AspNetCore.Identity.SignInResult.Failed;
        }
        if (!result.Succeeded)
        {
            ModelState.AddModelError(string.Empty, result.IsLockedOut ? text["LockedOut"] : text["InvalidLogin"]);
            return Page();
        }
        RememberTown(town);
        return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
    }

    private void RememberTown(TenantInfo? town)
    {
        if (town is null)
        {
            Response.Cookies.Delete(MultiTenancyConstants.TenantKey);
            return;
        }
        Response.Cookies.Append(MultiTenancyConstants.TenantKey, town.Code, new CookieOptions
        {
            HttpOnly = true,
            IsEssential = true,
            SameSite = SameSiteMode.Lax,
            Expires = DateTimeOffset.UtcNow.AddYears(1),
        });
    }

    public sealed class LoginForm
    {
        public string? Tenant { get; set; }

        [Required(ErrorMessage = "UserNameRequired")]
        public string? UserName { get; set; }

        [Required(ErrorMessage = "PasswordRequired")]
        [DataType(DataType.Password)]
        public string? Password { get; set; }

        public bool RememberMe { get; set; }
    }
}

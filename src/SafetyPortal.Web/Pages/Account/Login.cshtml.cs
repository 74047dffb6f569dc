using System.ComponentModel.DataAnnotations;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Web.Pages.Account;

/// <summary>
/// Sign in to the bureau or to one town, by user name or mobile number; the chosen town is remembered for next
/// time. With two-factor sign-in on, the authenticator code is asked for on the next page.
/// </summary>
[AllowAnonymous]
public sealed class LoginModel(
    PasswordSignIn signIn,
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
        var outcome = await signIn.ExecuteAsync(
            new LoginRequest(Input.Tenant, Input.UserName, Input.Password), Input.RememberMe, IdentityConstants.ApplicationScheme, cancellationToken);
        if (outcome.UnavailableTown is not null)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.Tenant)}", text["TownUnavailable"]);
            return Page();
        }
        if (outcome.Town is { } town)
        {
            // A visitor has no town yet: the attempt belongs in the audit log of the town it signs in to.
            HttpContext.Features.Set(new RequestTenantFeature(town.Id, town.Name));
        }
        var result = outcome.Result;
        if (result.RequiresTwoFactor)
        {
            RememberTown(outcome.Town);
            // __tenant: the code is checked in the user's own town.
            return RedirectToPage("/Account/LoginWith2fa", new
            {
                area = "Identity",
                ReturnUrl,
                Input.RememberMe,
                __tenant = outcome.Town?.Code,
            });
        }
        if (!result.Succeeded)
        {
            var message = result.IsLockedOut ? "LockedOut" : result.IsNotAllowed ? "AccountDisabled" : "InvalidLogin";
            ModelState.AddModelError(string.Empty, text[message]);
            return Page();
        }
        RememberTown(outcome.Town);
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

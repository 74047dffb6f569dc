using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Platform.Identity;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Account;

/// <summary>
/// The second step of signing in when two-factor sign-in is on: the authenticator app's code. The login page
/// sends the town along as __tenant, so this request works in the user's town.
/// </summary>
[AllowAnonymous]
public sealed class LoginWith2faModel(SignInManager<PortalUser> signIn, IStringLocalizer<IdentityResource> text) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ReturnUrl { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool RememberMe { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public async Task<IActionResult> OnGetAsync()
    {
        // Only reachable after a correct password: the two-factor cookie says whose code this is.
        return await signIn.GetTwoFactorAuthenticationUserAsync() is null ? RedirectToLogin() : Page();
    }

    public async Task<IActionResult> OnPostAsync()
    {
        if (TwoFactorCode.Normalize(Code) is not { } code)
        {
            ModelState.AddModelError(nameof(Code), text["CodeRequired"]);
            return Page();
        }
        if (await signIn.GetTwoFactorAuthenticationUserAsync() is null)
        {
            return RedirectToLogin();
        }
        var result = await signIn.TwoFactorAuthenticatorSignInAsync(code, RememberMe, rememberClient: false);
        if (result.Succeeded)
        {
            return LocalRedirect(Url.IsLocalUrl(ReturnUrl) ? ReturnUrl : "~/");
        }
        ModelState.AddModelError(nameof(Code), text[result.IsLockedOut ? "LockedOut" : "TwoFactorCodeInvalid"]);
        return Page();
    }

    private RedirectResult RedirectToLogin() => Redirect("~/Account/Login");
}

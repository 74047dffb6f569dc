using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Account;

/// <summary>Turn two-factor sign-in on (key and otpauth link for the authenticator app, then one code) or off.</summary>
[Authorize]
public sealed class TwoFactorModel(AuthenticatorSetup setup, IStringLocalizer<IdentityResource> text) : PageModel
{
    public AuthenticatorDto Authenticator { get; private set; } = new(false, "", "", "");

    [BindProperty]
    public string? Code { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Authenticator = await setup.GetAsync(User, cancellationToken);

    public async Task<IActionResult> OnPostEnableAsync(CancellationToken cancellationToken)
    {
        try
        {
            await setup.EnableAsync(User, new EnableAuthenticatorRequest(Code), cancellationToken);
        }
        catch (ValidationException ex)
        {
            foreach (var message in ex.Errors.ToDictionary().SelectMany(e => e.Value))
            {
                ModelState.AddModelError(nameof(Code), message);
            }
            Authenticator = await setup.GetAsync(User, cancellationToken);
            return Page();
        }
        TempData["Message"] = text["TwoFactorEnabled"].Value;
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostDisableAsync(CancellationToken cancellationToken)
    {
        await setup.DisableAsync(User, cancellationToken);
        TempData["Message"] = text["TwoFactorDisabled"].Value;
        return RedirectToPage();
    }
}

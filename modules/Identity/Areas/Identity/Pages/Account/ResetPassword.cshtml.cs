using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Localization;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Platform.Application;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Account;

/// <summary>Step 2 of a forgotten password: the code from the text message and the new password, typed twice.</summary>
[AllowAnonymous]
public sealed class ResetPasswordModel(PasswordRecovery recovery, IStringLocalizer<IdentityResource> text) : PageModel
{
    private static readonly string[] FormFields =
        [nameof(ResetPasswordRequest.UserName), nameof(ResetPasswordRequest.Code), nameof(ResetPasswordRequest.NewPassword)];

    [BindProperty(SupportsGet = true)]
    public string? Tenant { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Sent { get; set; }

    [BindProperty]
    public ResetPasswordForm Input { get; set; } = new();

    public bool Done { get; private set; }

    public void OnGet([FromQuery] string? userName) => Input.UserName = userName;

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        if (Input.NewPassword != Input.ConfirmPassword)
        {
            ModelState.AddModelError($"{nameof(Input)}.{nameof(Input.ConfirmPassword)}", text["PasswordsDiffer"]);
            return Page();
        }
        try
        {
            await recovery.ResetAsync(new ResetPasswordRequest(Tenant, Input.UserName, Input.Code, Input.NewPassword), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input), FormFields);
            return Page();
        }
        Done = true;
        return Page();
    }

    public sealed class ResetPasswordForm
    {
        public string? UserName { get; set; }
        public string? Code { get; set; }
        public string? NewPassword { get; set; }
        public string? ConfirmPassword { get; set; }
    }
}

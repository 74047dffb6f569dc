using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Ui;
using SafetyPortal.Identity.Application.Account;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Identity.Areas.Identity.Pages.Account;

/// <summary>Step 1 of a forgotten password: the town and the user name or mobile number; a code goes by text message.</summary>
[AllowAnonymous]
public sealed class ForgotPasswordModel(PasswordRecovery recovery, ITenantStore tenants) : PageModel
{
    private static readonly string[] FormFields = [nameof(ForgotPasswordRequest.Tenant), nameof(ForgotPasswordRequest.UserName)];

    [BindProperty]
    public ForgotPasswordForm Input { get; set; } = new();

    public IReadOnlyList<TenantInfo> Towns { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input.Tenant = Request.Cookies[MultiTenancyConstants.TenantKey];
        Towns = await tenants.GetActiveAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        try
        {
            await recovery.SendCodeAsync(new ForgotPasswordRequest(Input.Tenant, Input.UserName), cancellationToken);
        }
        catch (ValidationException ex)
        {
            ModelState.AddValidationErrors(ex, nameof(Input), FormFields);
            Towns = await tenants.GetActiveAsync(cancellationToken);
            return Page();
        }
        return RedirectToPage("ResetPassword", new { tenant = Input.Tenant, userName = Input.UserName, sent = true });
    }

    public sealed class ForgotPasswordForm
    {
        public string? Tenant { get; set; }
        public string? UserName { get; set; }
    }
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Identity;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Organization.Application;

namespace SafetyPortal.Organization.Areas.Organization.Pages.Tenants;

/// <summary>The "back to the bureau" button of the banner a switched-in bureau user sees; POST only.</summary>
[Authorize]
public sealed class LeaveModel(SwitchTown switchTown) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("~/");

    public async Task<IActionResult> OnPostAsync()
    {
        await switchTown.LeaveAsync(User, IdentityConstants.ApplicationScheme);
        return LocalRedirect("~/Organization/Tenants");
    }
}

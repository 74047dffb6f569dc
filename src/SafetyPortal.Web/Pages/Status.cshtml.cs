using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafetyPortal.Web.Pages;

/// <summary>Friendly pages for 403, 404 and other status codes of the UI.</summary>
[AllowAnonymous]
[IgnoreAntiforgeryToken]
public sealed class StatusModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Code { get; set; }

    public void OnGet() => Response.StatusCode = Code is >= 400 and < 600 ? Code : StatusCodes.Status404NotFound;

    public void OnPost() => OnGet();
}

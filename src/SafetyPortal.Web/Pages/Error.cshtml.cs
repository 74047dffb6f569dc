using System.Diagnostics;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafetyPortal.Web.Pages;

/// <summary>Shown when a page fails; the request id lets support find the log entry.</summary>
[AllowAnonymous]
[ResponseCache(Duration = 0, Location = ResponseCacheLocation.None, NoStore = true)]
[IgnoreAntiforgeryToken]
public sealed class ErrorModel : PageModel
{
    public int ShownStatusCode { get; private set; }
    public string RequestId { get; private set; } = "";

    public void OnGet() => Describe();

    public void OnPost() => Describe();

    private void Describe()
    {
        ShownStatusCode = Response.StatusCode;
        RequestId = Activity.Current?.Id ?? HttpContext.TraceIdentifier;
    }
}

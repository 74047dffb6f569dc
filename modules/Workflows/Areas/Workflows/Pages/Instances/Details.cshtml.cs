using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Instances;

/// <summary>One instance (client/src/instance.js): diagram with highlighted steps, variables, journal, incidents.</summary>
[Authorize(Policy = WorkflowsPermissions.Instances.Default)]
public sealed class DetailsModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public IActionResult OnGet() => Id == Guid.Empty ? RedirectToPage("Index") : Page();
}

using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Tasks;

/// <summary>One task with its form (client/src/task.js): claim, unclaim, delegate, complete.</summary>
[Authorize(Policy = WorkflowsPermissions.Tasks.Default)]
public sealed class TaskModel : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public IActionResult OnGet() => Id == Guid.Empty ? RedirectToPage("Index") : Page();
}

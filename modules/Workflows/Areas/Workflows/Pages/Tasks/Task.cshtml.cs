using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Tasks;

/// <summary>One task with its form (client/src/task.js): claim, unclaim, delegate, complete.</summary>
[Authorize(Policy = WorkflowsPermissions.Tasks.Default)]
public sealed class TaskModel(ManageDefinitions definitions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public string ProcessNamesJson { get; private set; } = "{}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        if (Id == Guid.Empty)
        {
            return RedirectToPage("Index");
        }
        ProcessNamesJson = ProcessNames.Json(await ProcessNames.LoadAsync(definitions, cancellationToken));
        return Page();
    }
}

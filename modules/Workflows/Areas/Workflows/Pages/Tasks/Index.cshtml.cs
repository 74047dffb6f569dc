using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Tasks;

/// <summary>The task inbox (client/src/inbox.js over /api/workflows/tasks): my tasks and my groups' tasks.</summary>
[Authorize(Policy = WorkflowsPermissions.Tasks.Default)]
public sealed class IndexModel(ManageDefinitions definitions) : PageModel
{
    public string ProcessNamesJson { get; private set; } = "{}";

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        ProcessNamesJson = ProcessNames.Json(await ProcessNames.LoadAsync(definitions, cancellationToken));
}

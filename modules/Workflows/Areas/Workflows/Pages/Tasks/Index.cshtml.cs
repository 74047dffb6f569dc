using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Tasks;

/// <summary>The task inbox (client/src/inbox.js over /api/workflows/tasks): my tasks and my groups' tasks.</summary>
[Authorize(Policy = WorkflowsPermissions.Tasks.Default)]
public sealed class IndexModel(ManageDefinitions definitions) : PageModel
{
    /// <summary>The inbox's tabs: the API's <c>scope</c> and the tab's text key; the first opens by default.</summary>
    public static readonly IReadOnlyList<(string Scope, string Label)> Tabs = [("mine", "MyTasks"), ("groups", "GroupTasks"), ("completed", "CompletedTasks")];

    public string ProcessNamesJson { get; private set; } = "{}";

    /// <summary>The tab asked for (<c>?scope=groups</c>: a tab clicked before the page's script ran, or a bookmark), else my tasks.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Scope { get; set; }

    public string ActiveScope => Tabs.Any(t => t.Scope == Scope) ? Scope! : Tabs[0].Scope;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        ProcessNamesJson = ProcessNames.Json(await ProcessNames.LoadAsync(definitions, cancellationToken));
}

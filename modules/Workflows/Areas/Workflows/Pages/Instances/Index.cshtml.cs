using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Instances;

/// <summary>Monitoring (client/src/instances.js over /api/workflows/instances and statistics); the process filter is listed here.</summary>
[Authorize(Policy = WorkflowsPermissions.Instances.Default)]
public sealed class IndexModel(ManageDefinitions definitions) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? ProcessKey { get; set; }

    public IReadOnlyList<DefinitionSummaryDto> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Processes = await ProcessNames.LoadAsync(definitions, cancellationToken);
}

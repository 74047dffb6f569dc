using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages.Instances;

/// <summary>Monitoring (client/src/instances.js over /api/workflows/instances and statistics); the process filter is listed here.</summary>
[Authorize(Policy = WorkflowsPermissions.Instances.Default)]
public sealed class IndexModel(ManageDefinitions definitions) : PageModel
{
    /// <summary>Enough for the filter list: a town has a handful of processes.</summary>
    private const int MaxProcesses = 200;

    [BindProperty(SupportsGet = true)]
    public string? ProcessKey { get; set; }

    public IReadOnlyList<DefinitionSummaryDto> Processes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Processes = (await definitions.ListAsync(new PageRequest(1, MaxProcesses), new DefinitionFilter(Status: "Published", LatestOnly: true), cancellationToken))
            .Items.DistinctBy(d => d.Key).ToList();
}

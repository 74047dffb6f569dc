using System.Text.Json;
using SafetyPortal.Platform.Application;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Areas.Workflows.Pages;

/// <summary>The processes a town sees (newest published version of each key, its own override first) for lists and filters.</summary>
public static class ProcessNames
{
    /// <summary>Enough for a filter list: a town has a handful of processes.</summary>
    private const int MaxProcesses = 200;

    public static async Task<IReadOnlyList<DefinitionSummaryDto>> LoadAsync(ManageDefinitions definitions, CancellationToken cancellationToken) =>
        (await definitions.ListAsync(new PageRequest(1, MaxProcesses), new DefinitionFilter(Status: "Published", LatestOnly: true), cancellationToken))
            .Items.OrderBy(d => d.TenantId is null).DistinctBy(d => d.Key).OrderBy(d => d.Name, StringComparer.Ordinal).ToList();

    /// <summary>{"key": "name"} for the page scripts' data-process-names.</summary>
    public static string Json(IEnumerable<DefinitionSummaryDto> processes) =>
        JsonSerializer.Serialize(processes.ToDictionary(p => p.Key, p => p.Name));
}

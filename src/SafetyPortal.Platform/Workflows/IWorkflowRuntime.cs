using System.Text.Json.Nodes;

namespace SafetyPortal.Platform.Workflows;

/// <summary>How other modules drive processes without referencing the Workflows module (implemented there).</summary>
public interface IWorkflowRuntime
{
    /// <summary>Starts the latest published version of the process visible to the current town; returns the instance id.</summary>
    Task<Guid> StartAsync(string processKey, string? businessKey, JsonObject? variables, CancellationToken cancellationToken = default);

    /// <summary>Delivers a message to the instances waiting for it with this business key; returns how many received it.</summary>
    Task<int> CorrelateAsync(string messageName, string? businessKey, JsonObject? variables, CancellationToken cancellationToken = default);
}

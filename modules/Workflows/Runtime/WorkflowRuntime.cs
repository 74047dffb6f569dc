using System.Text.Json.Nodes;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Application;

namespace SafetyPortal.Workflows.Runtime;

/// <summary>The contract other modules use to start processes and send messages (Platform/Workflows/IWorkflowRuntime).</summary>
internal sealed class WorkflowRuntime(OperateInstances instances) : IWorkflowRuntime
{
    public async Task<Guid> StartAsync(string processKey, string? businessKey, JsonObject? variables, CancellationToken cancellationToken = default) =>
        (await instances.StartAsync(new StartInstanceRequest(processKey, null, businessKey, variables), cancellationToken)).Id;

    public async Task<int> CorrelateAsync(string messageName, string? businessKey, JsonObject? variables, CancellationToken cancellationToken = default)
    {
        var result = await instances.CorrelateAsync(new CorrelateMessageRequest(messageName, businessKey, variables), cancellationToken);
        return result.Delivered + result.StartedInstanceIds.Count;
    }
}

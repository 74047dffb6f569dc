using System.Text.Json.Nodes;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Workflows.Activities;

/// <summary>
/// "setEntityStatus": hands the status change to the module owning the entity type (IEntityStatusHandler). No
/// handler for the type, or a status the handler does not know, fails the job (and after its retries, an incident)
/// with a message saying so.
/// </summary>
internal sealed class SetEntityStatusActivity(IEnumerable<IEntityStatusHandler> handlers) : IWorkflowActivity
{
    public string Name => "setEntityStatus";

    public IReadOnlyList<WorkflowActivityInput> Inputs { get; } =
    [
        new("entityType", WorkflowValueType.Text, Required: true, "The kind of entity, e.g. RiskPoint."),
        new("entityId", WorkflowValueType.Text, Required: true, "The entity's id."),
        new("status", WorkflowValueType.Text, Required: true, "The status to set."),
        new("comment", WorkflowValueType.Text, Required: false, "Why; kept with the change."),
    ];

    public async Task<WorkflowActivityResult> ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        var entityType = context.GetString("entityType")!.Trim();
        var known = handlers.ToList();
        var handler = known.LastOrDefault(h => string.Equals(h.EntityType, entityType, StringComparison.OrdinalIgnoreCase))
            ?? throw new InvalidOperationException(known.Count == 0
                ? $"No module sets the status of '{entityType}': no entity type has a status handler yet."
                : $"No module sets the status of '{entityType}'; known entity types: {string.Join(", ", known.Select(h => h.EntityType).Order())}.");
        var status = context.GetString("status")!.Trim();
        if (handler.Statuses.Count > 0 && !handler.Statuses.Contains(status, StringComparer.OrdinalIgnoreCase))
        {
            throw new ArgumentException($"'{status}' is not a status of {handler.EntityType}; use one of {string.Join(", ", handler.Statuses)}.");
        }
        await handler.SetStatusAsync(new EntityStatusChange(handler.EntityType, context.GetString("entityId")!.Trim(), status,
            context.GetString("comment"), context.InstanceId, context.ProcessKey, context.BusinessKey, context.Variables), cancellationToken);
        return new WorkflowActivityResult(new Dictionary<string, JsonNode?> { ["statusSet"] = status });
    }
}

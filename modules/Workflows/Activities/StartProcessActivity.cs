using System.Text.Json.Nodes;
using Microsoft.Extensions.DependencyInjection;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Workflows.Activities;

/// <summary>
/// "startProcess": starts the latest published version of another process in the instance's town (the town's own
/// version over the bureau's), with an optional business key and variables; answers the new instance's id. Unlike
/// a call activity it does not wait for it.
/// </summary>
internal sealed class StartProcessActivity(IServiceProvider services) : IWorkflowActivity
{
    public string Name => "startProcess";

    public IReadOnlyList<WorkflowActivityInput> Inputs { get; } =
    [
        new("processKey", WorkflowValueType.Text, Required: true, "The key (process id) of the process to start."),
        new("businessKey", WorkflowValueType.Text, Required: false, "The new instance's business key (default: none)."),
        new("variables", WorkflowValueType.Json, Required: false, "A JSON object of variables for the new instance."),
    ];

    public async Task<WorkflowActivityResult> ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        JsonObject? variables = null;
        if (context.Inputs.GetValueOrDefault("variables") is { } given)
        {
            variables = given switch
            {
                JsonObject json => json,
                JsonValue text when text.TryGetValue<string>(out var s) && JsonNode.Parse(s) is JsonObject parsed => parsed,
                _ => throw new ArgumentException("The input 'variables' of 'startProcess' must be a JSON object."),
            };
        }
        // Resolved here, not in the constructor: the registry builds every activity to list them.
        var runtime = services.GetRequiredService<IWorkflowRuntime>();
        Guid id;
        try
        {
            id = await runtime.StartAsync(context.GetString("processKey")!.Trim(), context.GetString("businessKey"), variables, cancellationToken);
        }
        catch (ValidationException e)
        {
            throw new InvalidOperationException(string.Join(" ", e.Errors.ToDictionary().SelectMany(f => f.Value)), e);
        }
        return new WorkflowActivityResult(new Dictionary<string, JsonNode?> { ["startedInstanceId"] = id.ToString() });
    }
}

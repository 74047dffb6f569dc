using System.Text.Json.Nodes;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.Workflows;
using SafetyPortal.Workflows.Notifications;

namespace SafetyPortal.Workflows.Activities;

/// <summary>"notify": a notice to one user (userName) or to every user of the town with a role (group).</summary>
internal sealed class NotifyActivity(Notifier notifier, PortalDbContext db) : IWorkflowActivity
{
    public string Name => "notify";

    public IReadOnlyList<WorkflowActivityInput> Inputs { get; } =
    [
        new("title", WorkflowValueType.Text, Required: true, "The notice's title."),
        new("body", WorkflowValueType.Text, Required: false, "The notice's text."),
        new("userName", WorkflowValueType.Text, Required: false, "One user to notify."),
        new("group", WorkflowValueType.Text, Required: false, "A role: every user of the town holding it is notified."),
    ];

    public async Task<WorkflowActivityResult> ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        var title = context.GetString("title")!;
        var body = context.GetString("body");
        var count = 0;
        if (context.GetString("userName") is { Length: > 0 } userName)
        {
            notifier.ToUser(userName, "Workflow", title, body, null, context.InstanceId);
            count++;
        }
        if (context.GetString("group") is { Length: > 0 } group)
        {
            count += await notifier.ToRoleAsync(group, "Workflow", title, body, context.InstanceId, cancellationToken);
        }
        if (count == 0 && context.GetString("userName") is null && context.GetString("group") is null)
        {
            throw new ArgumentException("notify needs a userName or a group input.");
        }
        await db.SaveChangesAsync(cancellationToken);
        return new WorkflowActivityResult(new Dictionary<string, JsonNode?> { ["notified"] = count });
    }
}

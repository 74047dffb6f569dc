using SafetyPortal.Platform.Sms;
using SafetyPortal.Platform.Workflows;

namespace SafetyPortal.Workflows.Activities;

/// <summary>"sendSms": a text message through the portal's SMS gateway (ISmsSender).</summary>
internal sealed class SendSmsActivity(ISmsSender sms) : IWorkflowActivity
{
    /// <summary>The template name a gateway maps to its own code for workflow messages.</summary>
    public const string WorkflowSmsTemplate = "Workflow";

    public string Name => "sendSms";

    public IReadOnlyList<WorkflowActivityInput> Inputs { get; } =
    [
        new("phoneNumber", WorkflowValueType.Text, Required: true, "11-digit mobile number."),
        new("text", WorkflowValueType.Text, Required: true, "The message."),
    ];

    public async Task<WorkflowActivityResult> ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken)
    {
        await sms.SendAsync(new SmsMessage(context.GetString("phoneNumber")!, WorkflowSmsTemplate, new Dictionary<string, string>(), context.GetString("text")!), cancellationToken);
        return WorkflowActivityResult.Empty;
    }
}

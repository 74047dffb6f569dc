namespace SafetyPortal.Platform.Workflows;

/// <summary>
/// A service-task activity a module contributes to the workflow engine (register it as a singleton or scoped
/// IWorkflowActivity). A BPMN service task names it with camunda:class, camunda:type or camunda:topic. It runs as a
/// durable job inside the instance's town, retried with back-off; throw <see cref="WorkflowBpmnErrorException"/> for a
/// business error an error boundary event can catch, any other exception for a technical failure.
/// </summary>
public interface IWorkflowActivity
{
    /// <summary>The name models use, e.g. "notify"; compared ignoring case.</summary>
    string Name { get; }

    /// <summary>The inputs it reads (camunda:inputParameter), with their types; the designer lists them.</summary>
    IReadOnlyList<WorkflowActivityInput> Inputs { get; }

    Task<WorkflowActivityResult> ExecuteAsync(WorkflowActivityContext context, CancellationToken cancellationToken);
}

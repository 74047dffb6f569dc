namespace SafetyPortal.Platform.Workflows;

/// <summary>
/// A task form a module contributes for a form key (camunda:formKey of a user task), as a form-js schema (JSON):
/// the task page renders it with the form-js viewer and completes the task with the values as variables.
/// Register it as a singleton IWorkflowForm.
/// </summary>
public interface IWorkflowForm
{
    /// <summary>The form key models name, e.g. "workflows:hazard/rectify"; compared ignoring case.</summary>
    string FormKey { get; }

    /// <summary>The form-js schema (JSON text).</summary>
    string Schema { get; }
}

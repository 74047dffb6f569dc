namespace SafetyPortal.Platform.Workflows;

/// <summary>A business error an activity throws; an error boundary event with this code (or none) catches it.</summary>
public sealed class WorkflowBpmnErrorException(string errorCode, string message) : Exception(message)
{
    public string ErrorCode { get; } = errorCode;
}

namespace SafetyPortal.Platform.Workflows;

/// <summary>One typed input of an activity; a required input that is missing or of the wrong type fails the job with its name.</summary>
public sealed record WorkflowActivityInput(string Name, WorkflowValueType Type, bool Required = true, string? Description = null);

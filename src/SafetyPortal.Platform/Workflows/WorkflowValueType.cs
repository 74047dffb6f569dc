namespace SafetyPortal.Platform.Workflows;

/// <summary>The type of an activity input.</summary>
public enum WorkflowValueType
{
    Text,
    Number,
    Boolean,
    DateTime,
    Identifier,
    Json,
}

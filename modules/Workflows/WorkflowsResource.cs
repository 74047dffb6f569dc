namespace SafetyPortal.Workflows;

/// <summary>Marker for the module's texts (Resources/WorkflowsResource.resx, Chinese; .en.resx, English).</summary>
public sealed class WorkflowsResource;

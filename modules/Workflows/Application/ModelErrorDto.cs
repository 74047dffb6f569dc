namespace SafetyPortal.Workflows.Application;

/// <summary>One problem of a BPMN model, named by the element's id.</summary>
public sealed record ModelErrorDto(string ElementId, string Message);

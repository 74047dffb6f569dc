namespace SafetyPortal.Workflows.Engine.Model;

/// <summary>A problem of a model, named by the BPMN element id it is about (the definitions' id for whole-file problems).</summary>
public sealed record ModelError(string ElementId, string Message);

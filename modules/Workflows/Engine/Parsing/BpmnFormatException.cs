namespace SafetyPortal.Workflows.Engine.Parsing;

/// <summary>The text is not XML, or not a BPMN 2.0 definitions document; the API answers 400.</summary>
public sealed class BpmnFormatException(string message, Exception? inner = null) : Exception(message, inner);

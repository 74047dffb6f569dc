namespace SafetyPortal.Workflows.Application;

/// <summary>
/// The designer's save: the BPMN XML; the process id inside it is the key. ConcurrencyStamp is the stamp of the
/// draft being replaced (required when the town already has a draft of that key; stale answers 409).
/// </summary>
public sealed record SaveDraftRequest(string? Xml, string? ConcurrencyStamp);

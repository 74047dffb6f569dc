namespace SafetyPortal.Http.Tests.Workflows;

public sealed record ModelErrorDocument(string ElementId, string Message);

public sealed record ValidationResultDocument(bool Valid, List<ModelErrorDocument> Errors);

public sealed record DefinitionDocument(
    Guid Id, Guid? TenantId, string Key, string Name, int Version, string Status, bool IsValid, string? Source,
    string ConcurrencyStamp, List<ModelErrorDocument>? Errors);

public sealed record InstanceDocument(
    Guid Id, Guid? TenantId, string ProcessKey, Guid DefinitionId, int DefinitionVersion, string? BusinessKey, string Status,
    bool HasIncident, List<string> ActiveElementIds);

public sealed record JournalDocument(string? ElementId, string Kind, string? Actor, string? Detail);

public sealed record IncidentDocument(Guid Id, Guid InstanceId, string ElementId, string Message, DateTime? ResolvedTime);

public sealed record TaskDocument(
    Guid Id, Guid InstanceId, string ElementId, string Name, string? Assignee, List<string> CandidateGroups, string? FormKey,
    DateTime? DueDate, bool IsOverdue, string Status, string ConcurrencyStamp);

public sealed record InstanceDetailDocument(
    InstanceDocument Instance, List<string> CompletedElementIds, System.Text.Json.Nodes.JsonObject Variables,
    List<JournalDocument> Journal, List<IncidentDocument> Incidents, List<TaskDocument> OpenTasks);

public sealed record CorrelationDocument(int Delivered, List<Guid> StartedInstanceIds);

public sealed record FileReferenceDocument(Guid Id, string Name, string ContentType, long Size, string Url);

public sealed record WorkflowFileDocument(Guid Id, string Name, string ContentType, long Size, string Url, string ElementId, string StepName, Guid? TaskId, bool IsImage);

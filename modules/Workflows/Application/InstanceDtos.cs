using System.Text.Json.Nodes;

namespace SafetyPortal.Workflows.Application;

/// <summary>Starts the newest published version of a process visible to the town (its own override first), or a given version.</summary>
public sealed record StartInstanceRequest(string? ProcessKey, Guid? DefinitionId, string? BusinessKey, JsonObject? Variables);

/// <summary>Delivers a message to instances waiting for it under the business key; a message start event starts one if none waits.</summary>
public sealed record CorrelateMessageRequest(string? MessageName, string? BusinessKey, JsonObject? Variables);

public sealed record CorrelationResultDto(int Delivered, IReadOnlyList<Guid> StartedInstanceIds);

/// <summary>Moves an instance to another version of its process; every element its tokens rest at must exist there.</summary>
public sealed record MigrateInstanceRequest(Guid TargetDefinitionId);

public sealed record InstanceSummaryDto(
    Guid Id, Guid? TenantId, string ProcessKey, Guid DefinitionId, int DefinitionVersion, string? BusinessKey, string Status,
    bool HasIncident, IReadOnlyList<string> ActiveElementIds, DateTime StartTime, DateTime? EndTime, string? StartedBy, Guid? ParentInstanceId);

public sealed record JournalEntryDto(DateTime Time, int Sequence, string? ElementId, string? ElementName, string Kind, string? Actor, string? Detail);

public sealed record IncidentDto(Guid Id, Guid InstanceId, string ElementId, string Message, DateTime CreationTime, DateTime? ResolvedTime, string? ResolvedBy);

/// <summary>One instance for the monitoring page: where its tokens are, what it went through, its variables and incidents.</summary>
public sealed record InstanceDetailDto(
    InstanceSummaryDto Instance,
    string DefinitionName,
    IReadOnlyList<string> CompletedElementIds,
    JsonObject Variables,
    IReadOnlyList<JournalEntryDto> Journal,
    IReadOnlyList<IncidentDto> Incidents,
    IReadOnlyList<HumanTaskDto> OpenTasks,
    string ConcurrencyStamp);

/// <summary>Filters of the instance list; ElementId: instances with a token resting at that element.</summary>
public sealed record InstanceFilter(string? ProcessKey = null, string? Status = null, string? BusinessKey = null, bool? HasIncident = null, string? ElementId = null);

public sealed record StepCountDto(string ElementId, int Count);

/// <summary>Per process: instances by status, those with incidents, and active tokens per element.</summary>
public sealed record ProcessStatisticsDto(string ProcessKey, int Active, int Completed, int Terminated, int WithIncidents, IReadOnlyList<StepCountDto> Steps);

/// <summary>Variables to set on an instance (null removes one); ConcurrencyStamp from the instance detail, optional.</summary>
public sealed record SetVariablesRequest(JsonObject? Variables, string? ConcurrencyStamp);

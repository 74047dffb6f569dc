using System.Text.Json.Nodes;

namespace SafetyPortal.Platform.Workflows;

/// <summary>
/// What a process asks of an <see cref="IEntityStatusHandler"/>: this entity gets this status, for this instance. The
/// instance's variables come along (read-only) for what the status depends on, such as a level a task confirmed.
/// </summary>
public sealed record EntityStatusChange(
    string EntityType,
    string EntityId,
    string Status,
    string? Comment,
    Guid InstanceId,
    string ProcessKey,
    string? BusinessKey,
    IReadOnlyDictionary<string, JsonNode?> Variables);

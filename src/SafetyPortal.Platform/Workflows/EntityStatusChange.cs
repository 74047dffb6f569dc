namespace SafetyPortal.Platform.Workflows;

/// <summary>What a process asks of an <see cref="IEntityStatusHandler"/>: this entity gets this status, for this instance.</summary>
public sealed record EntityStatusChange(
    string EntityType,
    string EntityId,
    string Status,
    string? Comment,
    Guid InstanceId,
    string ProcessKey,
    string? BusinessKey);

namespace SafetyPortal.BackgroundJobs.Application;

/// <summary>
/// A job the scheduler holds: when it fires next and last fired (UTC, over all its triggers), and how
/// its most recent recorded run ended (null fields until it has run).
/// </summary>
public sealed record BackgroundJobDto(
    string Group,
    string Name,
    string? Description,
    int TriggerCount,
    DateTime? NextFireTime,
    DateTime? PreviousFireTime,
    bool? LastRunSucceeded,
    DateTime? LastRunAt,
    string? LastError);

namespace SafetyPortal.BackgroundJobs.Application;

/// <summary>One recorded run. Times are UTC; TenantName is null for the bureau's own runs.</summary>
public sealed record JobRunDto(
    Guid Id,
    string JobGroup,
    string JobName,
    Guid? TenantId,
    string? TenantName,
    DateTime StartedAt,
    DateTime FinishedAt,
    bool Succeeded,
    int Attempt,
    bool RetryScheduled,
    string? Error,
    string Node);

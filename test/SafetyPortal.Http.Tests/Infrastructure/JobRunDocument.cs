namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record JobRunDocument(
    Guid Id, string JobGroup, string JobName, Guid? TenantId, string? TenantName, DateTime StartedAt, DateTime FinishedAt,
    bool Succeeded, int Attempt, bool RetryScheduled, string? Error, string Node);

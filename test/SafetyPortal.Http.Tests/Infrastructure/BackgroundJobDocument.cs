namespace SafetyPortal.Http.Tests.Infrastructure;

public sealed record BackgroundJobDocument(
    string Group, string Name, string? Description, int TriggerCount, DateTime? NextFireTime, DateTime? PreviousFireTime,
    bool? LastRunSucceeded, DateTime? LastRunAt, string? LastError);

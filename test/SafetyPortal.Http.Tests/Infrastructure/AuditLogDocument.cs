namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>A row of GET /api/audit-logs.</summary>
public sealed record AuditLogDocument(
    Guid Id,
    DateTime ExecutionTime,
    Guid? TenantId,
    string? TenantName,
    string? UserName,
    string HttpMethod,
    string Url,
    int? HttpStatusCode,
    int DurationMs,
    bool HasException,
    bool Failed,
    int EntityChangeCount);

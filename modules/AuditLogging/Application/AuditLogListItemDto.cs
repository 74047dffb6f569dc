namespace SafetyPortal.AuditLogging.Application;

/// <summary>One row of the audit log list. TenantName is null for the bureau; Failed is an exception or a 4xx/5xx answer;
/// ImpersonatorUserId is set when a bureau user switched into the town acted as UserName.</summary>
public sealed record AuditLogListItemDto(
    Guid Id,
    DateTime ExecutionTime,
    Guid? TenantId,
    string? TenantName,
    Guid? UserId,
    string? UserName,
    string HttpMethod,
    string Url,
    int? HttpStatusCode,
    int DurationMs,
    bool HasException,
    bool Failed,
    string? ClientIpAddress,
    int EntityChangeCount,
    Guid? ImpersonatorUserId);

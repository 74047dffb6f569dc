namespace SafetyPortal.AuditLogging.Application;

/// <summary>One audit log entry with the entities it changed, old → new.</summary>
public sealed record AuditLogDetailDto(
    Guid Id,
    DateTime ExecutionTime,
    Guid? TenantId,
    string? TenantName,
    Guid? UserId,
    string? UserName,
    Guid? ImpersonatorUserId,
    string HttpMethod,
    string Url,
    string? ClientIpAddress,
    int DurationMs,
    int? HttpStatusCode,
    bool HasException,
    bool Failed,
    string? ExceptionMessage,
    IReadOnlyList<EntityChangeDto> EntityChanges);

namespace SafetyPortal.AuditLogging.Application;

/// <summary>
/// One audit log entry with the entities it changed, old → new. ImpersonatorUserId/Name: the bureau user who had
/// switched into the town and acted as UserName; the name reads "display name (user name)".
/// </summary>
public sealed record AuditLogDetailDto(
    Guid Id,
    DateTime ExecutionTime,
    Guid? TenantId,
    string? TenantName,
    Guid? UserId,
    string? UserName,
    Guid? ImpersonatorUserId,
    string? ImpersonatorName,
    string HttpMethod,
    string Url,
    string? ClientIpAddress,
    int DurationMs,
    int? HttpStatusCode,
    bool HasException,
    bool Failed,
    string? ExceptionMessage,
    IReadOnlyList<EntityChangeDto> EntityChanges);

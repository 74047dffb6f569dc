namespace SafetyPortal.Http.Tests.Infrastructure;

/// <summary>GET /api/audit-logs/{id}.</summary>
public sealed record AuditLogDetailDocument(
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
    int DurationMs,
    int? HttpStatusCode,
    bool HasException,
    bool Failed,
    string? ExceptionMessage,
    List<EntityChangeDocument> EntityChanges)
{
    public EntityChangeDocument ChangeOf(Guid entityId) => Assert.Single(EntityChanges, c => c.EntityId == entityId.ToString());
}

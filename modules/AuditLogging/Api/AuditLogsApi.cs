using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using SafetyPortal.AuditLogging.Application;

namespace SafetyPortal.AuditLogging.Api;

/// <summary>/api/audit-logs: the audit log of the signed-in user's town, or of every town for the bureau.</summary>
public static class AuditLogsApi
{
    public static IEndpointRouteBuilder MapAuditLogsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/audit-logs")
            .WithTags("AuditLogging")
            .RequireAuthorization(AuditLoggingPermissions.AuditLogs.Default);

        group.MapGet("/", (ReadAuditLogs logs, [AsParameters] AuditLogFilter filter, CancellationToken ct) => logs.ListAsync(filter, ct))
            .WithName("ListAuditLogs")
            .WithDescription("Newest first. Filters: userName, url, httpMethod, entityType, statusCode, hasError, from/to (instants with an offset), town (bureau only).");
        group.MapGet("/{id:guid}", (Guid id, ReadAuditLogs logs, CancellationToken ct) => logs.GetAsync(id, ct))
            .WithName("GetAuditLog")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}

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
            .WithDescription("Newest first; every filter is optional. Texts match anywhere, ignoring case. From (inclusive) and To "
                + "(exclusive) are instants with an offset, e.g. 2026-11-29T00:00:00Z. Town narrows the bureau's list by town name.");
        group.MapGet("/{id:guid}", (Guid id, ReadAuditLogs logs, CancellationToken ct) => logs.GetAsync(id, ct))
            .WithName("GetAuditLog")
            .ProducesProblem(StatusCodes.Status404NotFound);
        return endpoints;
    }
}

using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using SafetyPortal.Platform.Data;
using SafetyPortal.Platform.MultiTenancy;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// Saves an entry with a context of its own (own service scope, own connection), so whatever the request's context
/// went through (a failed save, a rolled-back transaction) the entry is still written. A failure to write is logged,
/// never turned into an error for the user, whose request has already been answered.
/// </summary>
internal sealed class AuditLogWriter(IServiceScopeFactory scopes, ICurrentTenant currentTenant, ILogger<AuditLogWriter> logger)
{
    public async Task WriteAsync(AuditLog log)
    {
        foreach (var change in log.EntityChanges)
        {
            change.TenantId = log.TenantId;
            foreach (var property in change.PropertyChanges)
            {
                property.TenantId = log.TenantId;
            }
        }
        try
        {
            using (currentTenant.Change(log.TenantId, log.TenantName))
            {
                await using var scope = scopes.CreateAsyncScope();
                var db = scope.ServiceProvider.GetRequiredService<PortalDbContext>();
                db.Add(log);
                // Not the request's token: an aborted request is audited too.
                await db.SaveChangesAsync(CancellationToken.None);
            }
        }
        catch (Exception ex)
        {
            logger.LogError(ex, "Could not save the audit log entry of {HttpMethod} {Url} by {UserName} (status {StatusCode})",
                log.HttpMethod, log.Url, log.UserName, log.HttpStatusCode);
        }
    }
}

using Microsoft.AspNetCore.Builder;

namespace SafetyPortal.Platform.Auditing;

public static class AuditingApplicationBuilderExtensions
{
    /// <summary>
    /// Place it before the exception handlers and status-code pages, so the entry has the answer the client got;
    /// user and town are read after the pipeline ran, from the HttpContext.
    /// </summary>
    public static IApplicationBuilder UsePortalAuditing(this IApplicationBuilder app) => app.UseMiddleware<AuditingMiddleware>();
}

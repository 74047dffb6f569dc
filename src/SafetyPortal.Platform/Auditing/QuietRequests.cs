using Microsoft.AspNetCore.Http;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// A quiet request: one of an endpoint marked <see cref="DisableAuditingAttribute"/> (heartbeats, exam answers) that
/// answered below 400 without an exception. It leaves no audit entry and its request log line is written at Debug.
/// </summary>
public static class QuietRequests
{
    public static bool IsQuietSuccess(HttpContext context, Exception? exception)
    {
        ArgumentNullException.ThrowIfNull(context);
        return exception is null && context.Response.StatusCode < StatusCodes.Status400BadRequest
            && context.GetEndpoint()?.Metadata.GetMetadata<DisableAuditingAttribute>() is not null;
    }
}

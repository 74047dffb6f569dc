using System.Diagnostics;
using System.Security.Claims;
using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Http;
using SafetyPortal.Platform.Application;
using SafetyPortal.Platform.Identity;
using SafetyPortal.Platform.MultiTenancy;
using SafetyPortal.Platform.Privacy;

namespace SafetyPortal.Platform.Auditing;

/// <summary>
/// Records every write request (POST, PUT, PATCH, DELETE) and any other request that saved entity changes, except
/// successful ones of endpoints marked <see cref="DisableAuditingAttribute"/>.
/// It runs outside the exception handlers, so it sees the status code the client got (a refused input is a 400,
/// not an exception) and the exception they handled; a GET that changed nothing leaves no entry.
/// </summary>
internal sealed class AuditingMiddleware(RequestDelegate next, AuditLogWriter writer)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var started = Stopwatch.GetTimestamp();
        var executionTime = DateTime.UtcNow;
        // Taken now: error pages re-execute the pipeline under another path. Formatted only if an entry is written.
        var method = context.Request.Method;
        var path = context.Request.PathBase + context.Request.Path;
        var query = context.Request.QueryString;
        Exception? escaped = null;
        var scope = AuditScope.Begin();
        try
        {
            await next(context);
        }
        catch (Exception ex)
        {
            escaped = ex;
            throw;
        }
        finally
        {
            scope.Dispose();
            var changes = scope.EntityChanges;
            if ((IsWrite(method) || changes.Count > 0) && !QuietRequests.IsQuietSuccess(context, escaped))
            {
                var log = new AuditLog
                {
                    ExecutionTime = executionTime,
                    HttpMethod = AuditValueText.Shorten(method, AuditLog.MaxHttpMethodLength)!,
                    Url = UrlOf(path, query),
                    ClientIpAddress = ClientIpAddressOf(context),
                    EntityChanges = [.. changes],
                };
                Complete(log, context, escaped, started);
                await writer.WriteAsync(log);
            }
        }
    }

    private static bool IsWrite(string method) =>
        HttpMethods.IsPost(method) || HttpMethods.IsPut(method) || HttpMethods.IsPatch(method) || HttpMethods.IsDelete(method);

    private static void Complete(AuditLog log, HttpContext context, Exception? escaped, long started)
    {
        log.DurationMs = (int)Math.Min(int.MaxValue, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        // An exception that got past every handler becomes the server's 500 unless the answer had already begun.
        log.HttpStatusCode = escaped is not null && !context.Response.HasStarted
            ? StatusCodes.Status500InternalServerError
            : context.Response.StatusCode;
        var exception = escaped ?? context.Features.Get<IExceptionHandlerFeature>()?.Error;
        log.HasException = exception is not null;
        log.ExceptionMessage = Describe(exception);

        var tenant = context.Features.Get<RequestTenantFeature>();
        log.TenantId = tenant?.Id;
        log.TenantName = AuditValueText.Shorten(tenant?.Name, AuditLog.MaxTenantNameLength);

        var user = context.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            log.UserId = Guid.TryParse(user.FindFirstValue(ClaimTypes.NameIdentifier), out var userId) ? userId : null;
            log.UserName = AuditValueText.Shorten(user.Identity.Name, AuditLog.MaxUserNameLength);
            log.ImpersonatorUserId = Guid.TryParse(user.FindFirstValue(PortalClaimTypes.ImpersonatorId), out var impersonator)
                ? impersonator
                : null;
        }
    }

    /// <summary>Path and query as a person reads them (decoded), with ID-card and mobile numbers masked.</summary>
    private static string UrlOf(PathString path, QueryString query)
    {
        var decodedQuery = query.HasValue ? Uri.UnescapeDataString(query.Value!) : "";
        var url = PersonalDataMask.InText(path.Value + decodedQuery);
        return AuditValueText.Shorten(url, AuditLog.MaxUrlLength)!;
    }

    private static string? ClientIpAddressOf(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is { IsIPv4MappedToIPv6: true })
        {
            address = address.MapToIPv4();
        }
        return AuditValueText.Shorten(address?.ToString(), AuditLog.MaxClientIpAddressLength);
    }

    /// <summary>"ValidationException: The input is not valid. Code: ..." — type, message, the fields refused, the root cause.</summary>
    private static string? Describe(Exception? exception)
    {
        if (exception is null)
        {
            return null;
        }
        var text = $"{exception.GetType().Name}: {exception.Message}";
        if (exception is ValidationException invalid)
        {
            text += " " + string.Join("; ", invalid.Errors.ToDictionary().Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"));
        }
        var root = exception.GetBaseException();
        if (root != exception)
        {
            text += $" ← {root.GetType().Name}: {root.Message}";
        }
        return AuditValueText.Shorten(PersonalDataMask.InText(text), AuditLog.MaxExceptionMessageLength);
    }
}

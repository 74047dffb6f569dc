using Microsoft.AspNetCore.Http;
using SafetyPortal.Platform.Auditing;
using Serilog.Events;

namespace SafetyPortal.Web.Hosting;

/// <summary>
/// The level of a request's log line: Error for a failure (an exception or a 5xx), Debug for a successful request of a
/// frequent endpoint (<see cref="QuietRequests"/>: heartbeats, exam answers, hundreds a second in an exam), Information
/// for the rest.
/// </summary>
internal static class RequestLogLevel
{
    public static LogEventLevel Of(HttpContext context, double elapsedMilliseconds, Exception? exception)
    {
        if (exception is not null || context.Response.StatusCode >= StatusCodes.Status500InternalServerError)
        {
            return LogEventLevel.Error;
        }
        return QuietRequests.IsQuietSuccess(context, exception) ? LogEventLevel.Debug : LogEventLevel.Information;
    }
}
